//! What oscope asks of the operating system, in one place: the descriptor
//! limit, the terminal's width, a password read without echo, the cores,
//! a file for a secret.

use std::io::{self, BufRead, BufReader, Write};

/// The cores this process may use, asked once: the answer reads cgroup
/// files each time.
pub fn cores() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(2, |n| n.get()))
}

/// How many file descriptors this process may open, if the OS says.
pub fn descriptor_limit() -> Option<u64> {
    #[cfg(unix)]
    // SAFETY: getrlimit only writes the struct we pass.
    unsafe {
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 {
            return Some(limit.rlim_cur);
        }
    }
    None
}

/// Thousands of sites at once need thousands of descriptors: raises the
/// soft limit to the hard one, which any process may do.
pub fn raise_descriptor_limit() {
    #[cfg(unix)]
    // SAFETY: getrlimit and setrlimit only read and write the struct we pass.
    unsafe {
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 && limit.rlim_cur < limit.rlim_max
        {
            limit.rlim_cur = limit.rlim_max;
            libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
        }
    }
}

/// The terminal's width, when stdout is a terminal.
pub fn terminal_width() -> Option<usize> {
    #[cfg(unix)]
    {
        // SAFETY: TIOCGWINSZ fills the winsize struct we pass, nothing more.
        let mut size: libc::winsize = unsafe { std::mem::zeroed() };
        let ok = unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut size) } == 0;
        if ok && size.ws_col > 0 {
            return Some(size.ws_col as usize);
        }
    }
    None
}

/// Held while a question waits on the terminal, and by what oscope writes
/// to standard error while sites are at work (`--debug` lines, where to
/// sign in), so that neither cuts into the other.
pub static TERMINAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// How much oscope says on standard error, and where else it is logged
/// (`-q`, `--log-file`): set once, before a command runs.
#[derive(Default)]
pub struct Voice {
    /// No warnings and no progress line: errors only.
    pub quiet: bool,
    /// `--log-file`: every line [`say`] writes is appended there too.
    pub log: Option<std::sync::Mutex<std::fs::File>>,
}

static VOICE: std::sync::OnceLock<Voice> = std::sync::OnceLock::new();

/// Sets how oscope speaks, once (a second call changes nothing).
pub fn set_voice(voice: Voice) {
    let _ = VOICE.set(voice);
}

/// `-q`: no warnings, no progress.
pub fn quiet() -> bool {
    VOICE.get().is_some_and(|v| v.quiet)
}

/// Writes a line to standard error, never inside a question, and to the
/// log file if there is one.
pub fn say(line: std::fmt::Arguments<'_>) {
    let _held = TERMINAL.lock().unwrap_or_else(|e| e.into_inner());
    eprintln!("{line}");
    if let Some(log) = VOICE.get().and_then(|v| v.log.as_ref()) {
        let mut file = log.lock().unwrap_or_else(|e| e.into_inner());
        let _ = writeln!(file, "{line}");
    }
}

/// A line of oscope's on standard error (and in the log file), after the
/// name it was run as: `tell!("{site}: rolled back")` says `oscope: berlin:
/// rolled back`, or `openstack: berlin: ...` when run as `openstack`.
macro_rules! tell {
    ($($arg:tt)*) => {
        $crate::sys::say(format_args!("{}: {}", $crate::sys::name(), format_args!($($arg)*)))
    };
}
pub(crate) use tell;

static NAME: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Sets the name oscope was run as (`openstack` through a link), once.
pub fn set_name(name: &str) {
    let _ = NAME.set(name.to_string());
}

/// The name oscope was run as, for its messages.
pub fn name() -> &'static str {
    NAME.get().map_or("oscope", String::as_str)
}

/// A warning: said unless `-q`.
pub fn warn(line: std::fmt::Arguments<'_>) {
    if !quiet() {
        tell!("warning: {line}");
    }
}

/// One line from the terminal (`/dev/tty`) after `prompt`, with echo off,
/// restored even on error.
pub fn read_hidden(prompt: &str) -> io::Result<String> {
    let _held = TERMINAL.lock().unwrap_or_else(|e| e.into_inner());
    use std::os::fd::AsRawFd;
    let tty = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/tty")?;
    let fd = tty.as_raw_fd();
    // SAFETY: tcgetattr/tcsetattr only read and write the termios we pass,
    // for a descriptor we own for the whole call.
    let saved = unsafe {
        let mut t: libc::termios = std::mem::zeroed();
        if libc::tcgetattr(fd, &mut t) != 0 {
            return Err(io::Error::last_os_error());
        }
        let saved = t;
        t.c_lflag &= !libc::ECHO;
        libc::tcsetattr(fd, libc::TCSANOW, &t);
        saved
    };
    *ECHOING.lock().unwrap_or_else(|e| e.into_inner()) = Some(saved);
    let mut writer = &tty;
    // On a line of its own: a fan-out's progress may be on this one.
    let _ = write!(writer, "\r\x1b[K{prompt}");
    let _ = writer.flush();
    let mut line = String::new();
    let read = BufReader::new(&tty).read_line(&mut line);
    // SAFETY: as above; puts back the settings saved before.
    unsafe {
        libc::tcsetattr(fd, libc::TCSANOW, &saved);
    }
    ECHOING.lock().unwrap_or_else(|e| e.into_inner()).take();
    let _ = writeln!(writer);
    read?;
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}

/// The terminal's settings while a question is asked without echo.
static ECHOING: std::sync::Mutex<Option<libc::termios>> = std::sync::Mutex::new(None);

/// Puts the terminal's echo back when oscope stops (Ctrl-C) during a
/// question.
pub fn restore_terminal() {
    use std::os::fd::AsRawFd;
    let saved = ECHOING.lock().unwrap_or_else(|e| e.into_inner()).take();
    if let Some(saved) = saved
        && let Ok(tty) = std::fs::OpenOptions::new().write(true).open("/dev/tty")
    {
        // SAFETY: tcsetattr reads the termios we pass, for a descriptor we own.
        unsafe {
            libc::tcsetattr(tty.as_raw_fd(), libc::TCSANOW, &saved);
        }
        let _ = writeln!(&tty);
    }
}

/// Asks a yes-or-no question on the terminal (`/dev/tty`, so that piped
/// standard input is not read); an error when there is no terminal.
pub fn ask_yes_no(question: &str) -> io::Result<bool> {
    let tty = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/tty")?;
    let mut writer = &tty;
    write!(writer, "{question} [y/N]: ")?;
    writer.flush()?;
    let mut line = String::new();
    BufReader::new(&tty).read_line(&mut line)?;
    Ok(matches!(
        line.trim().to_ascii_lowercase().as_str(),
        "y" | "yes"
    ))
}

/// Writes a secret (a private key) to a new file only its owner can read:
/// 0600, as ssh wants a key file.
pub fn write_private(path: &std::path::Path, text: &str) -> io::Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(text.as_bytes())
}
