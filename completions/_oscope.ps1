
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'oscope' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'oscope'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'oscope' {
            [CompletionResult]::new('--os-scope', '--os-scope', [CompletionResultType]::ParameterName, 'Which sites each service''s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'The current cloud: the site used for services the scope leaves out')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('scope', 'scope', [CompletionResultType]::ParameterValue, 'Parse, check and explain scopes')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oscope;scope' {
            [CompletionResult]::new('--os-scope', '--os-scope', [CompletionResultType]::ParameterName, 'Which sites each service''s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'The current cloud: the site used for services the scope leaves out')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Parse a scope, resolve it against the configured sites, and print its canonical form and the plan for each service')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oscope;scope;check' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format: a table, JSON, YAML, or the canonical form alone')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a table, JSON, YAML, or the canonical form alone')
            [CompletionResult]::new('--os-scope', '--os-scope', [CompletionResultType]::ParameterName, 'Which sites each service''s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'The current cloud: the site used for services the scope leaves out')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'Print JSON on one line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oscope;scope;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Parse a scope, resolve it against the configured sites, and print its canonical form and the plan for each service')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oscope;scope;help;check' {
            break
        }
        'oscope;scope;help;help' {
            break
        }
        'oscope;completion' {
            [CompletionResult]::new('--os-scope', '--os-scope', [CompletionResultType]::ParameterName, 'Which sites each service''s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'The current cloud: the site used for services the scope leaves out')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oscope;help' {
            [CompletionResult]::new('scope', 'scope', [CompletionResultType]::ParameterValue, 'Parse, check and explain scopes')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oscope;help;scope' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Parse a scope, resolve it against the configured sites, and print its canonical form and the plan for each service')
            break
        }
        'oscope;help;scope;check' {
            break
        }
        'oscope;help;completion' {
            break
        }
        'oscope;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
