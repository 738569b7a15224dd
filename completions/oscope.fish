# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_oscope_global_optspecs
    string join \n os-scope= os-cloud= h/help V/version
end

function __fish_oscope_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_oscope_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_oscope_using_subcommand
    set -l cmd (__fish_oscope_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c oscope -n "__fish_oscope_needs_command" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_needs_command" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_needs_command" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "scope" -d 'Parse, check and explain scopes'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "completion" -d 'Print a shell completion script'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -s h -l help -d 'Print help'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -f -a "check" -d 'Parse a scope, resolve it against the configured sites, and print its canonical form and the plan for each service'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -s f -l format -d 'Output format: a table, JSON, YAML, or the canonical form alone' -r -f -a "table\t'The canonical form, then a table of services and plans'
json\t'The canonical form and the plans as JSON'
yaml\t'The canonical form and the plans as YAML'
value\t'The canonical form alone'"
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l noindent -d 'Print JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from help" -f -a "check" -d 'Parse a scope, resolve it against the configured sites, and print its canonical form and the plan for each service'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand completion" -s h -l help -d 'Print help'
complete -c oscope -n "__fish_oscope_using_subcommand completion" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion help" -f -a "scope" -d 'Parse, check and explain scopes'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion help" -f -a "completion" -d 'Print a shell completion script'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from scope" -f -a "check" -d 'Parse a scope, resolve it against the configured sites, and print its canonical form and the plan for each service'
