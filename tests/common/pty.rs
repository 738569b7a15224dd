//! A pseudo-terminal for a child: its controlling terminal and standard
//! streams, for the tests of questions asked on a terminal.

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

/// A child on a pseudo-terminal; what it writes is read by a thread into
/// a channel.
pub struct Pty {
    pub master: File,
    pub output: Receiver<Vec<u8>>,
    pub child: Child,
}

pub fn spawn(mut command: Command) -> Pty {
    // SAFETY: plain calls on descriptors this function owns; the
    // pre-exec hook only calls async-signal-safe setsid and ioctl.
    unsafe {
        let master = libc::posix_openpt(libc::O_RDWR | libc::O_NOCTTY);
        assert!(master >= 0);
        assert_eq!(libc::grantpt(master), 0);
        assert_eq!(libc::unlockpt(master), 0);
        let mut name = [0 as libc::c_char; 128];
        assert_eq!(libc::ptsname_r(master, name.as_mut_ptr(), name.len()), 0);
        let path = std::ffi::CStr::from_ptr(name.as_ptr()).to_str().unwrap();
        let slave = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(path)
            .unwrap();
        let io = |f: &File| Stdio::from(f.try_clone().unwrap());
        command
            .stdin(io(&slave))
            .stdout(io(&slave))
            .stderr(io(&slave));
        command.pre_exec(|| {
            libc::setsid();
            libc::ioctl(0, libc::TIOCSCTTY, 0);
            Ok(())
        });
        let child = command.spawn().unwrap();
        drop(slave);
        let master = File::from_raw_fd(master);
        let mut reader = master.try_clone().unwrap();
        let (send, output) = channel();
        std::thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buffer) {
                if n == 0 || send.send(buffer[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        let _ = master.as_raw_fd();
        Pty {
            master,
            output,
            child,
        }
    }
}

/// Runs `command` on a pseudo-terminal (bounded: a minute), answering each
/// question that starts with `question` with what `answer` gives for the
/// word after it (a site's name): its exit status, everything it wrote,
/// and the words asked for in order.
pub fn answering(
    command: Command,
    question: &str,
    answer: impl Fn(&str) -> String,
) -> (ExitStatus, String, Vec<String>) {
    let mut pty = spawn(command);
    let (mut seen, mut unread, mut asked) = (String::new(), String::new(), Vec::new());
    let started = Instant::now();
    let status = loop {
        if let Some(status) = pty.child.try_wait().unwrap() {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "no end: {seen}"
        );
        let Ok(chunk) = pty.output.recv_timeout(Duration::from_millis(100)) else {
            continue;
        };
        let text = String::from_utf8_lossy(&chunk);
        seen += &text;
        unread += &text;
        while let Some(at) = unread.find(question) {
            let rest = &unread[at + question.len()..];
            let Some(end) = rest.find(": ") else { break };
            let word = rest[..end].to_string();
            pty.master
                .write_all(format!("{}\n", answer(&word)).as_bytes())
                .unwrap();
            asked.push(word);
            unread = rest[end + 2..].to_string();
        }
    };
    while let Ok(chunk) = pty.output.recv_timeout(Duration::from_millis(200)) {
        seen += &String::from_utf8_lossy(&chunk);
    }
    (status, seen, asked)
}
