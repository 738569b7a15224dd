
use builtin;
use str;

set edit:completion:arg-completer[oscope] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'oscope'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'oscope'= {
            cand --os-scope 'Which sites each service''s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)'
            cand --os-cloud 'The current cloud: the site used for services the scope leaves out'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand scope 'Parse, check and explain scopes'
            cand completion 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oscope;scope'= {
            cand --os-scope 'Which sites each service''s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)'
            cand --os-cloud 'The current cloud: the site used for services the scope leaves out'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand check 'Parse a scope, resolve it against the configured sites, and print its canonical form and the plan for each service'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oscope;scope;check'= {
            cand -f 'Output format: a table, JSON, YAML, or the canonical form alone'
            cand --format 'Output format: a table, JSON, YAML, or the canonical form alone'
            cand --os-scope 'Which sites each service''s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)'
            cand --os-cloud 'The current cloud: the site used for services the scope leaves out'
            cand --noindent 'Print JSON on one line'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oscope;scope;help'= {
            cand check 'Parse a scope, resolve it against the configured sites, and print its canonical form and the plan for each service'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oscope;scope;help;check'= {
        }
        &'oscope;scope;help;help'= {
        }
        &'oscope;completion'= {
            cand --os-scope 'Which sites each service''s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)'
            cand --os-cloud 'The current cloud: the site used for services the scope leaves out'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'oscope;help'= {
            cand scope 'Parse, check and explain scopes'
            cand completion 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'oscope;help;scope'= {
            cand check 'Parse a scope, resolve it against the configured sites, and print its canonical form and the plan for each service'
        }
        &'oscope;help;scope;check'= {
        }
        &'oscope;help;completion'= {
        }
        &'oscope;help;help'= {
        }
    ]
    $completions[$command]
}
