
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
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone''s URL [env: OS_AUTH_URL]')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name [env: OS_USERNAME]')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID [env: OS_USER_ID]')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'Password [env: OS_PASSWORD]')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name [env: OS_PROJECT_NAME]')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID [env: OS_PROJECT_ID]')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain of the user name [env: OS_USER_DOMAIN_NAME]')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user [env: OS_USER_DOMAIN_ID]')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]')
            [CompletionResult]::new('--os-system-scope', '--os-system-scope', [CompletionResultType]::ParameterName, 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token [env: OS_TOKEN]')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region to choose endpoints in [env: OS_REGION_NAME]')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify TLS with [env: OS_CACERT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Each site''s deadline in seconds, unless its `api_timeout` says otherwise')
            [CompletionResult]::new('--max-concurrency', '--max-concurrency', [CompletionResultType]::ParameterName, 'At most this many sites at once')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (insecure; a warning says so)')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request on stderr (site, method, URL, status, time); secrets are redacted')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print each site''s requests and time on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('scope', 'scope', [CompletionResultType]::ParameterValue, 'Parse, check and explain scopes')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Tokens')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'The service catalogue of each site')
            [CompletionResult]::new('endpoint', 'endpoint', [CompletionResultType]::ParameterValue, 'Endpoints registered in each site''s Keystone')
            [CompletionResult]::new('site', 'site', [CompletionResultType]::ParameterValue, 'The configured sites (oscope''s own)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oscope;scope' {
            [CompletionResult]::new('--os-scope', '--os-scope', [CompletionResultType]::ParameterName, 'Which sites each service''s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'The current cloud: the site used for services the scope leaves out')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone''s URL [env: OS_AUTH_URL]')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name [env: OS_USERNAME]')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID [env: OS_USER_ID]')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'Password [env: OS_PASSWORD]')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name [env: OS_PROJECT_NAME]')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID [env: OS_PROJECT_ID]')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain of the user name [env: OS_USER_DOMAIN_NAME]')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user [env: OS_USER_DOMAIN_ID]')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]')
            [CompletionResult]::new('--os-system-scope', '--os-system-scope', [CompletionResultType]::ParameterName, 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token [env: OS_TOKEN]')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region to choose endpoints in [env: OS_REGION_NAME]')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify TLS with [env: OS_CACERT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Each site''s deadline in seconds, unless its `api_timeout` says otherwise')
            [CompletionResult]::new('--max-concurrency', '--max-concurrency', [CompletionResultType]::ParameterName, 'At most this many sites at once')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (insecure; a warning says so)')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request on stderr (site, method, URL, status, time); secrets are redacted')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print each site''s requests and time on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
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
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone''s URL [env: OS_AUTH_URL]')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name [env: OS_USERNAME]')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID [env: OS_USER_ID]')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'Password [env: OS_PASSWORD]')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name [env: OS_PROJECT_NAME]')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID [env: OS_PROJECT_ID]')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain of the user name [env: OS_USER_DOMAIN_NAME]')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user [env: OS_USER_DOMAIN_ID]')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]')
            [CompletionResult]::new('--os-system-scope', '--os-system-scope', [CompletionResultType]::ParameterName, 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token [env: OS_TOKEN]')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region to choose endpoints in [env: OS_REGION_NAME]')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify TLS with [env: OS_CACERT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Each site''s deadline in seconds, unless its `api_timeout` says otherwise')
            [CompletionResult]::new('--max-concurrency', '--max-concurrency', [CompletionResultType]::ParameterName, 'At most this many sites at once')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'Print JSON on one line')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (insecure; a warning says so)')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request on stderr (site, method, URL, status, time); secrets are redacted')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print each site''s requests and time on stderr')
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
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone''s URL [env: OS_AUTH_URL]')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name [env: OS_USERNAME]')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID [env: OS_USER_ID]')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'Password [env: OS_PASSWORD]')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name [env: OS_PROJECT_NAME]')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID [env: OS_PROJECT_ID]')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain of the user name [env: OS_USER_DOMAIN_NAME]')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user [env: OS_USER_DOMAIN_ID]')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]')
            [CompletionResult]::new('--os-system-scope', '--os-system-scope', [CompletionResultType]::ParameterName, 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token [env: OS_TOKEN]')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region to choose endpoints in [env: OS_REGION_NAME]')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify TLS with [env: OS_CACERT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Each site''s deadline in seconds, unless its `api_timeout` says otherwise')
            [CompletionResult]::new('--max-concurrency', '--max-concurrency', [CompletionResultType]::ParameterName, 'At most this many sites at once')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (insecure; a warning says so)')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request on stderr (site, method, URL, status, time); secrets are redacted')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print each site''s requests and time on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oscope;token' {
            [CompletionResult]::new('--os-scope', '--os-scope', [CompletionResultType]::ParameterName, 'Which sites each service''s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'The current cloud: the site used for services the scope leaves out')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone''s URL [env: OS_AUTH_URL]')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name [env: OS_USERNAME]')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID [env: OS_USER_ID]')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'Password [env: OS_PASSWORD]')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name [env: OS_PROJECT_NAME]')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID [env: OS_PROJECT_ID]')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain of the user name [env: OS_USER_DOMAIN_NAME]')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user [env: OS_USER_DOMAIN_ID]')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]')
            [CompletionResult]::new('--os-system-scope', '--os-system-scope', [CompletionResultType]::ParameterName, 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token [env: OS_TOKEN]')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region to choose endpoints in [env: OS_REGION_NAME]')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify TLS with [env: OS_CACERT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Each site''s deadline in seconds, unless its `api_timeout` says otherwise')
            [CompletionResult]::new('--max-concurrency', '--max-concurrency', [CompletionResultType]::ParameterName, 'At most this many sites at once')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (insecure; a warning says so)')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request on stderr (site, method, URL, status, time); secrets are redacted')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print each site''s requests and time on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a token at each site of the identity scope')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oscope;token;issue' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A field to include; repeat for more (case-insensitive)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A field to include; repeat for more (case-insensitive)')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'A prefix for the variable names of the shell format')
            [CompletionResult]::new('--os-scope', '--os-scope', [CompletionResultType]::ParameterName, 'Which sites each service''s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'The current cloud: the site used for services the scope leaves out')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone''s URL [env: OS_AUTH_URL]')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name [env: OS_USERNAME]')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID [env: OS_USER_ID]')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'Password [env: OS_PASSWORD]')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name [env: OS_PROJECT_NAME]')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID [env: OS_PROJECT_ID]')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain of the user name [env: OS_USER_DOMAIN_NAME]')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user [env: OS_USER_DOMAIN_ID]')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]')
            [CompletionResult]::new('--os-system-scope', '--os-system-scope', [CompletionResultType]::ParameterName, 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token [env: OS_TOKEN]')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region to choose endpoints in [env: OS_REGION_NAME]')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify TLS with [env: OS_CACERT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Each site''s deadline in seconds, unless its `api_timeout` says otherwise')
            [CompletionResult]::new('--max-concurrency', '--max-concurrency', [CompletionResultType]::ParameterName, 'At most this many sites at once')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (insecure; a warning says so)')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request on stderr (site, method, URL, status, time); secrets are redacted')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print each site''s requests and time on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oscope;token;help' {
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a token at each site of the identity scope')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oscope;token;help;issue' {
            break
        }
        'oscope;token;help;help' {
            break
        }
        'oscope;catalog' {
            [CompletionResult]::new('--os-scope', '--os-scope', [CompletionResultType]::ParameterName, 'Which sites each service''s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'The current cloud: the site used for services the scope leaves out')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone''s URL [env: OS_AUTH_URL]')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name [env: OS_USERNAME]')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID [env: OS_USER_ID]')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'Password [env: OS_PASSWORD]')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name [env: OS_PROJECT_NAME]')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID [env: OS_PROJECT_ID]')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain of the user name [env: OS_USER_DOMAIN_NAME]')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user [env: OS_USER_DOMAIN_ID]')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]')
            [CompletionResult]::new('--os-system-scope', '--os-system-scope', [CompletionResultType]::ParameterName, 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token [env: OS_TOKEN]')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region to choose endpoints in [env: OS_REGION_NAME]')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify TLS with [env: OS_CACERT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Each site''s deadline in seconds, unless its `api_timeout` says otherwise')
            [CompletionResult]::new('--max-concurrency', '--max-concurrency', [CompletionResultType]::ParameterName, 'At most this many sites at once')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (insecure; a warning says so)')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request on stderr (site, method, URL, status, time); secrets are redacted')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print each site''s requests and time on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the services of each site''s catalogue')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one service of each site''s catalogue')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oscope;catalog;list' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include; repeat for more (case-insensitive)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include; repeat for more (case-insensitive)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Sort by this column after merging the sites; repeat for more')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'When CSV quotes fields')
            [CompletionResult]::new('--os-scope', '--os-scope', [CompletionResultType]::ParameterName, 'Which sites each service''s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'The current cloud: the site used for services the scope leaves out')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone''s URL [env: OS_AUTH_URL]')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name [env: OS_USERNAME]')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID [env: OS_USER_ID]')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'Password [env: OS_PASSWORD]')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name [env: OS_PROJECT_NAME]')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID [env: OS_PROJECT_ID]')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain of the user name [env: OS_USER_DOMAIN_NAME]')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user [env: OS_USER_DOMAIN_ID]')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]')
            [CompletionResult]::new('--os-system-scope', '--os-system-scope', [CompletionResultType]::ParameterName, 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token [env: OS_TOKEN]')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region to choose endpoints in [env: OS_REGION_NAME]')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify TLS with [env: OS_CACERT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Each site''s deadline in seconds, unless its `api_timeout` says otherwise')
            [CompletionResult]::new('--max-concurrency', '--max-concurrency', [CompletionResultType]::ParameterName, 'At most this many sites at once')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Sort descending')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Print an empty table when there are no rows')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (insecure; a warning says so)')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request on stderr (site, method, URL, status, time); secrets are redacted')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print each site''s requests and time on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oscope;catalog;show' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A field to include; repeat for more (case-insensitive)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A field to include; repeat for more (case-insensitive)')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'A prefix for the variable names of the shell format')
            [CompletionResult]::new('--os-scope', '--os-scope', [CompletionResultType]::ParameterName, 'Which sites each service''s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'The current cloud: the site used for services the scope leaves out')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone''s URL [env: OS_AUTH_URL]')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name [env: OS_USERNAME]')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID [env: OS_USER_ID]')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'Password [env: OS_PASSWORD]')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name [env: OS_PROJECT_NAME]')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID [env: OS_PROJECT_ID]')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain of the user name [env: OS_USER_DOMAIN_NAME]')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user [env: OS_USER_DOMAIN_ID]')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]')
            [CompletionResult]::new('--os-system-scope', '--os-system-scope', [CompletionResultType]::ParameterName, 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token [env: OS_TOKEN]')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region to choose endpoints in [env: OS_REGION_NAME]')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify TLS with [env: OS_CACERT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Each site''s deadline in seconds, unless its `api_timeout` says otherwise')
            [CompletionResult]::new('--max-concurrency', '--max-concurrency', [CompletionResultType]::ParameterName, 'At most this many sites at once')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (insecure; a warning says so)')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request on stderr (site, method, URL, status, time); secrets are redacted')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print each site''s requests and time on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oscope;catalog;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the services of each site''s catalogue')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one service of each site''s catalogue')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oscope;catalog;help;list' {
            break
        }
        'oscope;catalog;help;show' {
            break
        }
        'oscope;catalog;help;help' {
            break
        }
        'oscope;endpoint' {
            [CompletionResult]::new('--os-scope', '--os-scope', [CompletionResultType]::ParameterName, 'Which sites each service''s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'The current cloud: the site used for services the scope leaves out')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone''s URL [env: OS_AUTH_URL]')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name [env: OS_USERNAME]')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID [env: OS_USER_ID]')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'Password [env: OS_PASSWORD]')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name [env: OS_PROJECT_NAME]')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID [env: OS_PROJECT_ID]')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain of the user name [env: OS_USER_DOMAIN_NAME]')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user [env: OS_USER_DOMAIN_ID]')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]')
            [CompletionResult]::new('--os-system-scope', '--os-system-scope', [CompletionResultType]::ParameterName, 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token [env: OS_TOKEN]')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region to choose endpoints in [env: OS_REGION_NAME]')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify TLS with [env: OS_CACERT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Each site''s deadline in seconds, unless its `api_timeout` says otherwise')
            [CompletionResult]::new('--max-concurrency', '--max-concurrency', [CompletionResultType]::ParameterName, 'At most this many sites at once')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (insecure; a warning says so)')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request on stderr (site, method, URL, status, time); secrets are redacted')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print each site''s requests and time on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the endpoints of each site''s Keystone')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oscope;endpoint;list' {
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Only this service (type or name)')
            [CompletionResult]::new('--interface', '--interface', [CompletionResultType]::ParameterName, 'Only this interface')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Only this region')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include; repeat for more (case-insensitive)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include; repeat for more (case-insensitive)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Sort by this column after merging the sites; repeat for more')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'When CSV quotes fields')
            [CompletionResult]::new('--os-scope', '--os-scope', [CompletionResultType]::ParameterName, 'Which sites each service''s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'The current cloud: the site used for services the scope leaves out')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone''s URL [env: OS_AUTH_URL]')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name [env: OS_USERNAME]')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID [env: OS_USER_ID]')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'Password [env: OS_PASSWORD]')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name [env: OS_PROJECT_NAME]')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID [env: OS_PROJECT_ID]')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain of the user name [env: OS_USER_DOMAIN_NAME]')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user [env: OS_USER_DOMAIN_ID]')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]')
            [CompletionResult]::new('--os-system-scope', '--os-system-scope', [CompletionResultType]::ParameterName, 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token [env: OS_TOKEN]')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region to choose endpoints in [env: OS_REGION_NAME]')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify TLS with [env: OS_CACERT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Each site''s deadline in seconds, unless its `api_timeout` says otherwise')
            [CompletionResult]::new('--max-concurrency', '--max-concurrency', [CompletionResultType]::ParameterName, 'At most this many sites at once')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Sort descending')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Print an empty table when there are no rows')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (insecure; a warning says so)')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request on stderr (site, method, URL, status, time); secrets are redacted')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print each site''s requests and time on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oscope;endpoint;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the endpoints of each site''s Keystone')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oscope;endpoint;help;list' {
            break
        }
        'oscope;endpoint;help;help' {
            break
        }
        'oscope;site' {
            [CompletionResult]::new('--os-scope', '--os-scope', [CompletionResultType]::ParameterName, 'Which sites each service''s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'The current cloud: the site used for services the scope leaves out')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone''s URL [env: OS_AUTH_URL]')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name [env: OS_USERNAME]')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID [env: OS_USER_ID]')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'Password [env: OS_PASSWORD]')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name [env: OS_PROJECT_NAME]')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID [env: OS_PROJECT_ID]')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain of the user name [env: OS_USER_DOMAIN_NAME]')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user [env: OS_USER_DOMAIN_ID]')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]')
            [CompletionResult]::new('--os-system-scope', '--os-system-scope', [CompletionResultType]::ParameterName, 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token [env: OS_TOKEN]')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region to choose endpoints in [env: OS_REGION_NAME]')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify TLS with [env: OS_CACERT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Each site''s deadline in seconds, unless its `api_timeout` says otherwise')
            [CompletionResult]::new('--max-concurrency', '--max-concurrency', [CompletionResultType]::ParameterName, 'At most this many sites at once')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (insecure; a warning says so)')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request on stderr (site, method, URL, status, time); secrets are redacted')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print each site''s requests and time on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the configured sites, and with --check whether each answers')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oscope;site;list' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The output format')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A column to include; repeat for more (case-insensitive)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'A column to include; repeat for more (case-insensitive)')
            [CompletionResult]::new('--sort-column', '--sort-column', [CompletionResultType]::ParameterName, 'Sort by this column after merging the sites; repeat for more')
            [CompletionResult]::new('--max-width', '--max-width', [CompletionResultType]::ParameterName, 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'When CSV quotes fields')
            [CompletionResult]::new('--os-scope', '--os-scope', [CompletionResultType]::ParameterName, 'Which sites each service''s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)')
            [CompletionResult]::new('--os-cloud', '--os-cloud', [CompletionResultType]::ParameterName, 'The current cloud: the site used for services the scope leaves out')
            [CompletionResult]::new('--os-auth-url', '--os-auth-url', [CompletionResultType]::ParameterName, 'Keystone''s URL [env: OS_AUTH_URL]')
            [CompletionResult]::new('--os-auth-type', '--os-auth-type', [CompletionResultType]::ParameterName, 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]')
            [CompletionResult]::new('--os-username', '--os-username', [CompletionResultType]::ParameterName, 'User name [env: OS_USERNAME]')
            [CompletionResult]::new('--os-user-id', '--os-user-id', [CompletionResultType]::ParameterName, 'User ID [env: OS_USER_ID]')
            [CompletionResult]::new('--os-password', '--os-password', [CompletionResultType]::ParameterName, 'Password [env: OS_PASSWORD]')
            [CompletionResult]::new('--os-project-name', '--os-project-name', [CompletionResultType]::ParameterName, 'Project name [env: OS_PROJECT_NAME]')
            [CompletionResult]::new('--os-project-id', '--os-project-id', [CompletionResultType]::ParameterName, 'Project ID [env: OS_PROJECT_ID]')
            [CompletionResult]::new('--os-user-domain-name', '--os-user-domain-name', [CompletionResultType]::ParameterName, 'Domain of the user name [env: OS_USER_DOMAIN_NAME]')
            [CompletionResult]::new('--os-user-domain-id', '--os-user-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the user [env: OS_USER_DOMAIN_ID]')
            [CompletionResult]::new('--os-project-domain-name', '--os-project-domain-name', [CompletionResultType]::ParameterName, 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]')
            [CompletionResult]::new('--os-project-domain-id', '--os-project-domain-id', [CompletionResultType]::ParameterName, 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]')
            [CompletionResult]::new('--os-domain-name', '--os-domain-name', [CompletionResultType]::ParameterName, 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]')
            [CompletionResult]::new('--os-domain-id', '--os-domain-id', [CompletionResultType]::ParameterName, 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]')
            [CompletionResult]::new('--os-system-scope', '--os-system-scope', [CompletionResultType]::ParameterName, 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]')
            [CompletionResult]::new('--os-token', '--os-token', [CompletionResultType]::ParameterName, 'An existing token [env: OS_TOKEN]')
            [CompletionResult]::new('--os-application-credential-id', '--os-application-credential-id', [CompletionResultType]::ParameterName, 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]')
            [CompletionResult]::new('--os-application-credential-name', '--os-application-credential-name', [CompletionResultType]::ParameterName, 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]')
            [CompletionResult]::new('--os-application-credential-secret', '--os-application-credential-secret', [CompletionResultType]::ParameterName, 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]')
            [CompletionResult]::new('--os-region-name', '--os-region-name', [CompletionResultType]::ParameterName, 'Region to choose endpoints in [env: OS_REGION_NAME]')
            [CompletionResult]::new('--os-interface', '--os-interface', [CompletionResultType]::ParameterName, 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]')
            [CompletionResult]::new('--os-cacert', '--os-cacert', [CompletionResultType]::ParameterName, 'CA bundle to verify TLS with [env: OS_CACERT]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Each site''s deadline in seconds, unless its `api_timeout` says otherwise')
            [CompletionResult]::new('--max-concurrency', '--max-concurrency', [CompletionResultType]::ParameterName, 'At most this many sites at once')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Authenticate at every site at once and say how fast each answered')
            [CompletionResult]::new('--sort-ascending', '--sort-ascending', [CompletionResultType]::ParameterName, 'Sort ascending (the default)')
            [CompletionResult]::new('--sort-descending', '--sort-descending', [CompletionResultType]::ParameterName, 'Sort descending')
            [CompletionResult]::new('--noindent', '--noindent', [CompletionResultType]::ParameterName, 'JSON on one line')
            [CompletionResult]::new('--fit-width', '--fit-width', [CompletionResultType]::ParameterName, 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]')
            [CompletionResult]::new('--print-empty', '--print-empty', [CompletionResultType]::ParameterName, 'Print an empty table when there are no rows')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify TLS certificates (insecure; a warning says so)')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log every request on stderr (site, method, URL, status, time); secrets are redacted')
            [CompletionResult]::new('--timing', '--timing', [CompletionResultType]::ParameterName, 'Print each site''s requests and time on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'oscope;site;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the configured sites, and with --check whether each answers')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'oscope;site;help;list' {
            break
        }
        'oscope;site;help;help' {
            break
        }
        'oscope;help' {
            [CompletionResult]::new('scope', 'scope', [CompletionResultType]::ParameterValue, 'Parse, check and explain scopes')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Tokens')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'The service catalogue of each site')
            [CompletionResult]::new('endpoint', 'endpoint', [CompletionResultType]::ParameterValue, 'Endpoints registered in each site''s Keystone')
            [CompletionResult]::new('site', 'site', [CompletionResultType]::ParameterValue, 'The configured sites (oscope''s own)')
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
        'oscope;help;token' {
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a token at each site of the identity scope')
            break
        }
        'oscope;help;token;issue' {
            break
        }
        'oscope;help;catalog' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the services of each site''s catalogue')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one service of each site''s catalogue')
            break
        }
        'oscope;help;catalog;list' {
            break
        }
        'oscope;help;catalog;show' {
            break
        }
        'oscope;help;endpoint' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the endpoints of each site''s Keystone')
            break
        }
        'oscope;help;endpoint;list' {
            break
        }
        'oscope;help;site' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the configured sites, and with --check whether each answers')
            break
        }
        'oscope;help;site;list' {
            break
        }
        'oscope;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
