# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_oscope_global_optspecs
    string join \n os-scope= os-cloud= os-auth-url= os-auth-type= os-username= os-user-id= os-password= os-project-name= os-project-id= os-user-domain-name= os-user-domain-id= os-project-domain-name= os-project-domain-id= os-domain-name= os-domain-id= os-system-scope= os-token= os-application-credential-id= os-application-credential-name= os-application-credential-secret= os-region-name= os-interface= os-cacert= insecure timeout= max-concurrency= no-token-cache no-route-cache explain debug timing h/help V/version
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
complete -c oscope -n "__fish_oscope_needs_command" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_needs_command" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_needs_command" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_needs_command" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_needs_command" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_needs_command" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_needs_command" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_needs_command" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_needs_command" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_needs_command" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_needs_command" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_needs_command" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_needs_command" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_needs_command" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_needs_command" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_needs_command" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_needs_command" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_needs_command" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_needs_command" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_needs_command" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_needs_command" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_needs_command" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_needs_command" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_needs_command" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_needs_command" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_needs_command" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_needs_command" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_needs_command" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_needs_command" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_needs_command" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "scope" -d 'Parse, check and explain scopes'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "completion" -d 'Print a shell completion script'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "token" -d 'Tokens'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "catalog" -d 'The service catalogue of each site'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "endpoint" -d 'Endpoints registered in each site\'s Keystone'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "site" -d 'The configured sites (oscope\'s own)'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "server" -d 'Compute servers'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "flavor" -d 'Compute flavors'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "image" -d 'Images'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "network" -d 'Networks'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "subnet" -d 'Subnets'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "security" -d 'Security groups and their rules'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "volume" -d 'Block storage volumes'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "user" -d 'Identity users'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "project" -d 'Identity projects'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "keypair" -d 'Compute key pairs'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "console" -d 'Server consoles'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "hypervisor" -d 'Hypervisors'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "compute" -d 'Compute services'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "aggregate" -d 'Host aggregates'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "usage" -d 'Compute usage per project'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "availability" -d 'Availability zones of compute, network and block storage'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "quota" -d 'Quotas'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "limits" -d 'Limits'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "api" -d 'Send any request to any service under the scope'
complete -c oscope -n "__fish_oscope_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -f -a "check" -d 'Parse a scope, resolve it against the configured sites, and print its canonical form and the plan for each service'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and not __fish_seen_subcommand_from check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -s f -l format -d 'Output format: a table, JSON, YAML, or the canonical form alone' -r -f -a "table\t'The canonical form, then a table of services and plans'
json\t'The canonical form and the plans as JSON'
yaml\t'The canonical form and the plans as YAML'
value\t'The canonical form alone'"
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l noindent -d 'Print JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from help" -f -a "check" -d 'Parse a scope, resolve it against the configured sites, and print its canonical form and the plan for each service'
complete -c oscope -n "__fish_oscope_using_subcommand scope; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand completion" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand completion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand completion" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -f -a "issue" -d 'Issue a token at each site of the identity scope'
complete -c oscope -n "__fish_oscope_using_subcommand token; and not __fish_seen_subcommand_from issue help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
value\t''
shell\t''"
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -s c -l column -d 'A field to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l prefix -d 'A prefix for the variable names of the shell format' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from issue" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "issue" -d 'Issue a token at each site of the identity scope'
complete -c oscope -n "__fish_oscope_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -f -a "list" -d 'List the services of each site\'s catalogue'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -f -a "show" -d 'Show one service of each site\'s catalogue'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and not __fish_seen_subcommand_from list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
csv\t''
value\t''"
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -s c -l column -d 'A column to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l sort-column -d 'Sort by this column after merging the sites; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l quote -d 'When CSV quotes fields' -r -f -a "all\t''
minimal\t''
nonnumeric\t''
none\t''"
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l sort-ascending -d 'Sort ascending (the default)'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l sort-descending -d 'Sort descending'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l print-empty -d 'Print an empty table when there are no rows'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
value\t''
shell\t''"
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -s c -l column -d 'A field to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l prefix -d 'A prefix for the variable names of the shell format' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the services of each site\'s catalogue'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one service of each site\'s catalogue'
complete -c oscope -n "__fish_oscope_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List the endpoints of each site\'s Keystone'
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l service -d 'Only this service (type or name)' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l interface -d 'Only this interface' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l region -d 'Only this region' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
csv\t''
value\t''"
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -s c -l column -d 'A column to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l sort-column -d 'Sort by this column after merging the sites; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l quote -d 'When CSV quotes fields' -r -f -a "all\t''
minimal\t''
nonnumeric\t''
none\t''"
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l sort-ascending -d 'Sort ascending (the default)'
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l sort-descending -d 'Sort descending'
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l print-empty -d 'Print an empty table when there are no rows'
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the endpoints of each site\'s Keystone'
complete -c oscope -n "__fish_oscope_using_subcommand endpoint; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -f -a "list" -d 'List the configured sites, and with --check whether each answers'
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -f -a "capacity" -d 'The compute capacity of each site of the placement scope, from Placement: vCPUs, RAM and disk in use and in total, and their sum'
complete -c oscope -n "__fish_oscope_using_subcommand site; and not __fish_seen_subcommand_from list capacity help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
csv\t''
value\t''"
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -s c -l column -d 'A column to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l sort-column -d 'Sort by this column after merging the sites; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l quote -d 'When CSV quotes fields' -r -f -a "all\t''
minimal\t''
nonnumeric\t''
none\t''"
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l check -d 'Authenticate at every site at once and say how fast each answered'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l sort-ascending -d 'Sort ascending (the default)'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l sort-descending -d 'Sort descending'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l print-empty -d 'Print an empty table when there are no rows'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
csv\t''
value\t''"
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -s c -l column -d 'A column to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l sort-column -d 'Sort by this column after merging the sites; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l quote -d 'When CSV quotes fields' -r -f -a "all\t''
minimal\t''
nonnumeric\t''
none\t''"
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l sort-ascending -d 'Sort ascending (the default)'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l sort-descending -d 'Sort descending'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l print-empty -d 'Print an empty table when there are no rows'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from capacity" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the configured sites, and with --check whether each answers'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from help" -f -a "capacity" -d 'The compute capacity of each site of the placement scope, from Placement: vCPUs, RAM and disk in use and in total, and their sum'
complete -c oscope -n "__fish_oscope_using_subcommand site; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "list" -d 'List servers'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "show" -d 'Show a server'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "create" -d 'Create a server at every site of the compute scope'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "delete" -d 'Delete servers'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "set" -d 'Change a server\'s name, description, properties, tags or state'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "unset" -d 'Remove a server\'s properties, tags or description'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "start" -d 'Start server(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "stop" -d 'Stop server(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "pause" -d 'Pause server(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "unpause" -d 'Unpause server(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "suspend" -d 'Suspend server(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "resume" -d 'Resume server(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "lock" -d 'Lock server(s): a non-admin user will not be able to execute actions'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "unlock" -d 'Unlock server(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "reboot" -d 'Perform a hard or soft server reboot'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "shelve" -d 'Shelve and optionally offload server(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "unshelve" -d 'Unshelve server(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "rescue" -d 'Put a server in rescue mode'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "unrescue" -d 'Restore a server from rescue mode'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "resize" -d 'Scale server to a new flavor (then `server resize confirm|revert`)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "migrate" -d 'Migrate server to a different host, cold or live'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "migration" -d 'Server migrations (`os-migrations`)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "rebuild" -d 'Rebuild server from its image or another'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "evacuate" -d 'Evacuate a server from a failed host (its compute service down)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "image" -d 'Images of a server (snapshots)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "backup" -d 'Backups of a server (rotated images)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "dump" -d 'Crash dumps of servers'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "add" -d 'Attach to a server: a volume, security groups'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "remove" -d 'Detach from a server: a volume, security groups'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "group" -d 'Server groups: placement policies for servers'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "event" -d 'What was done to a server (Nova\'s instance actions)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and not __fish_seen_subcommand_from list show create delete set unset start stop pause unpause suspend resume lock unlock reboot shelve unshelve rescue unrescue resize migrate migration rebuild evacuate image backup dump add remove group event help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
csv\t''
value\t''"
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -s c -l column -d 'A column to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l sort-column -d 'Sort by this column after merging the sites; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l quote -d 'When CSV quotes fields' -r -f -a "all\t''
minimal\t''
nonnumeric\t''
none\t''"
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l status -d 'Search by server status' -r -f -a "ACTIVE\t''
BUILD\t''
DELETED\t''
ERROR\t''
HARD_REBOOT\t''
MIGRATING\t''
PASSWORD\t''
PAUSED\t''
REBOOT\t''
REBUILD\t''
RESCUE\t''
RESIZE\t''
REVERT_RESIZE\t''
SHELVED\t''
SHELVED_OFFLOADED\t''
SHUTOFF\t''
SOFT_DELETED\t''
SUSPENDED\t''
VERIFY_RESIZE\t''"
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l name -d 'Regular expression to match names' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l host -d 'Search by hostname' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l project -d 'Search by project (admin only) (name or ID)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l user -d 'Search by user (name or ID)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l flavor -d 'Search by flavor (name or ID)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l image -d 'Search by image (name or ID)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l availability-zone -d 'Search by availability zone' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l ip -d 'Regular expression to match IP addresses' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l changes-since -d 'Only servers changed at or after this time (ISO 8601, e.g. 2016-03-04T06:27:59Z)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l changes-before -d 'Only servers changed at or before this time (ISO 8601)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l limit -d 'The most servers each site returns; with several sites, the merged (and sorted) list is cut to this many' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l marker -d 'The server to start after (name or ID; one site only)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l long -d 'More columns'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l sort-ascending -d 'Sort ascending (the default)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l sort-descending -d 'Sort descending'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l print-empty -d 'Print an empty table when there are no rows'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l all-projects -d 'Include all projects (admin only) [env: ALL_PROJECTS]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l deleted -d 'Only display deleted servers (admin only)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -s n -l no-name-lookup -d 'Skip flavor and image name lookup'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
value\t''
shell\t''"
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -s c -l column -d 'A field to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l prefix -d 'A prefix for the variable names of the shell format' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l diagnostics -d 'Display server diagnostics information'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l flavor -d 'Flavor, by name or ID' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l image -d 'Image to boot, by name or ID' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l boot-from-volume -d 'Boot from a new volume of this size (GiB) made from --image' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l volume -d 'Boot from this volume (name or ID), at the server\'s site' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l block-device -d 'A block device: uuid=ID,source_type=volume|image|snapshot|blank, destination_type=volume|local,boot_index=N,volume_size=N, delete_on_termination=BOOL,... (repeatable)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l network -d 'Network to attach, by name or ID (repeatable)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l key-name -d 'Key pair to inject' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l nic -d 'A network interface: net-id=NET,port-id=PORT,v4-fixed-ip=IP, v6-fixed-ip=IP,tag=TAG (names looked up at the booting site), or auto or none; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l port -d 'A port to attach, by ID (repeatable)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l security-group -d 'Security group to assign, by name or ID (repeatable)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l user-data -d 'User data file to serve from the metadata server' -r -F
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l availability-zone -d 'Availability zone, as ZONE[:HOST[:NODE]]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l property -d 'A property of the server; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l password -d 'Set the password of the new server' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l min -d 'Minimum number of servers to launch' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l max -d 'Maximum number of servers to launch' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l config-drive -d 'Enable config drive (True) or use this volume as one' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l hint -d 'A hint for the scheduler, KEY=VALUE; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l server-group -d 'Server group to create the server in (name or ID)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l tag -d 'A tag of the server; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l description -d 'Description of the server' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
value\t''
shell\t''"
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -s c -l column -d 'A field to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l prefix -d 'A prefix for the variable names of the shell format' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l wait -d 'Wait until the server is ACTIVE (or ERROR)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l no-copy-image -d 'When the image scope holds the image and the compute site does not, fail instead of copying it to the compute site\'s Glance'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l atomic -d 'All or nothing: when any site fails, delete what the others created'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l name -d 'New name' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l description -d 'New description' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l property -d 'A property to add or change; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l tag -d 'A tag to add; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l state -d 'New server state, to get a server out of a stuck one (admin only; asks first, unless --auto-approve)' -r -f -a "active\t''
error\t''"
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l auto-approve -d 'Do not ask before resetting the state'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l property -d 'A property to remove; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l tag -d 'A tag to remove; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l all-properties -d 'Remove every property'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l description -d 'Clear the description'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l all-tags -d 'Remove every tag'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l all-projects -d 'Find server(s) by name in other projects too (admin only) [env: ALL_PROJECTS]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l all-projects -d 'Find server(s) by name in other projects too (admin only) [env: ALL_PROJECTS]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from pause" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unpause" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from suspend" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resume" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l reason -d 'Reason for locking the server(s)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from lock" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unlock" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l hard -d 'Perform a hard reboot'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l soft -d 'Perform a soft reboot (the default)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l wait -d 'Wait for the reboot to complete'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from reboot" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l offload -d 'Remove the shelved server(s) from the host (admin only)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l wait -d 'Wait for shelve and/or offload operation to complete'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from shelve" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l availability-zone -d 'Unshelve into this availability zone' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l wait -d 'Wait for unshelve operation to complete'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unshelve" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l image -d 'Image to boot the rescue from (name or ID; default: the server\'s)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l password -d 'Set the password on the rescued instance' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rescue" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from unrescue" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l flavor -d 'Resize server to specified flavor' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l confirm -d 'Deprecated: use `server resize confirm`'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l revert -d 'Deprecated: use `server resize revert`'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l wait -d 'Wait for resize to complete'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -a "confirm" -d 'Confirm server resize: release the old server'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -a "revert" -d 'Revert server resize: release the new server, restart the old one'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from resize" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l host -d 'Migrate the server to this host' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l live-migration -d 'Live migrate the server; use --host to name a target host, which the scheduler validates'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l shared-migration -d 'Perform a shared live migration (the default is auto)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l block-migration -d 'Perform a block live migration (the default is auto)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l disk-overcommit -d 'Allow disk over-commit on the destination host (compute 2.24 and older only; ignored, with a warning, as python-openstackclient)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l no-disk-overcommit -d 'Do not over-commit disk on the destination host (the default)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l wait -d 'Wait for migrate to complete'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -a "confirm" -d 'Confirm server resize: release the old server'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -a "revert" -d 'Revert server resize: release the new server, restart the old one'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migrate" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -f -a "list" -d 'List server migrations (admin only)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -f -a "confirm" -d 'Confirm server migration: release the old server'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -f -a "revert" -d 'Revert server migration: release the new server, restart the old one'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from migration" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l image -d 'Recreate server from this image (name or ID; default: its own)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l name -d 'Set the new name of the rebuilt server' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l password -d 'Set the password on the rebuilt server' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l property -d 'Set a property on the rebuilt server; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l description -d 'Set a new description on the rebuilt server' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l key-name -d 'Set the key name of key pair on the rebuilt server' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
value\t''
shell\t''"
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -s c -l column -d 'A field to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l prefix -d 'A prefix for the variable names of the shell format' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l preserve-ephemeral -d 'Preserve the default ephemeral storage partition on rebuild'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l no-preserve-ephemeral -d 'Do not preserve the default ephemeral storage partition on rebuild'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l no-key-name -d 'Unset the key name of key pair on the rebuilt server'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l wait -d 'Wait for rebuild to complete'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from rebuild" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l host -d 'The preferred host to rebuild the server on (the scheduler validates it)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l password -d 'Set the password on the evacuated instance' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
value\t''
shell\t''"
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -s c -l column -d 'A field to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l prefix -d 'A prefix for the variable names of the shell format' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l wait -d 'Wait for evacuation to complete'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from evacuate" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -f -a "create" -d 'Create a new server disk image from an existing server'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from image" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -f -a "create" -d 'Create a server backup image'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from backup" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -f -a "create" -d 'Create a dump file in server(s): a crash dump, through an NMI'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from dump" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -f -a "volume" -d 'Add volume to server'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -f -a "security" -d 'Add security group(s) to server'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from add" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -f -a "volume" -d 'Remove volume from server'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -f -a "security" -d 'Remove security group(s) from server'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from remove" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -f -a "list" -d 'List server groups'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -f -a "show" -d 'Show a server group'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -f -a "create" -d 'Create a server group at every site of the compute scope'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -f -a "delete" -d 'Delete server groups'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from group" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -f -a "list" -d 'List the actions done to a server'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -f -a "show" -d 'Show one action done to a server, with its events'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from event" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "list" -d 'List servers'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a server'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a server at every site of the compute scope'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete servers'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a server\'s name, description, properties, tags or state'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a server\'s properties, tags or description'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start server(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop server(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "pause" -d 'Pause server(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "unpause" -d 'Unpause server(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "suspend" -d 'Suspend server(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "resume" -d 'Resume server(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "lock" -d 'Lock server(s): a non-admin user will not be able to execute actions'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "unlock" -d 'Unlock server(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "reboot" -d 'Perform a hard or soft server reboot'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "shelve" -d 'Shelve and optionally offload server(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "unshelve" -d 'Unshelve server(s)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "rescue" -d 'Put a server in rescue mode'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "unrescue" -d 'Restore a server from rescue mode'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "resize" -d 'Scale server to a new flavor (then `server resize confirm|revert`)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Migrate server to a different host, cold or live'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "migration" -d 'Server migrations (`os-migrations`)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "rebuild" -d 'Rebuild server from its image or another'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "evacuate" -d 'Evacuate a server from a failed host (its compute service down)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "image" -d 'Images of a server (snapshots)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Backups of a server (rotated images)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "dump" -d 'Crash dumps of servers'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "add" -d 'Attach to a server: a volume, security groups'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Detach from a server: a volume, security groups'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "group" -d 'Server groups: placement policies for servers'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "event" -d 'What was done to a server (Nova\'s instance actions)'
complete -c oscope -n "__fish_oscope_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -f -a "list" -d 'List flavors'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -f -a "show" -d 'Show a flavor'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -f -a "create" -d 'Create a flavor at every site of the compute scope'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -f -a "set" -d 'Set flavor properties, access or description'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -f -a "unset" -d 'Unset flavor properties or access'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -f -a "delete" -d 'Delete flavors'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and not __fish_seen_subcommand_from list show create set unset delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
csv\t''
value\t''"
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -s c -l column -d 'A column to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l sort-column -d 'Sort by this column after merging the sites; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l quote -d 'When CSV quotes fields' -r -f -a "all\t''
minimal\t''
nonnumeric\t''
none\t''"
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l long -d 'More columns'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l sort-ascending -d 'Sort ascending (the default)'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l sort-descending -d 'Sort descending'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l print-empty -d 'Print an empty table when there are no rows'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l public -d 'List only public flavors (the default)'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l private -d 'List only private flavors (admin only)'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l all -d 'List all flavors, whether public or private'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
value\t''
shell\t''"
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -s c -l column -d 'A field to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l prefix -d 'A prefix for the variable names of the shell format' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l ram -d 'Memory in MiB' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l disk -d 'Disk in GiB' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l ephemeral -d 'Ephemeral disk in GiB' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l swap -d 'Swap space in MiB' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l vcpus -d 'Virtual CPUs' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l id -d 'Flavor ID (default: chosen by Nova)' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l property -d 'A property (extra spec) to set; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l project -d 'Give this project access to the private flavor (name or ID, looked up at each site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l description -d 'Description' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
value\t''
shell\t''"
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -s c -l column -d 'A field to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l prefix -d 'A prefix for the variable names of the shell format' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l public -d 'Available to other projects (the default)'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l private -d 'Only for projects given access'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l atomic -d 'All or nothing: when any site fails, delete what the others created'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l property -d 'A property (extra spec) to add or change; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l project -d 'Give this project access to the private flavor (name or ID)' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l description -d 'New description' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l no-property -d 'Remove every property first'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l property -d 'A property (extra spec) to remove; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l project -d 'Take this project\'s access to the private flavor away (name or ID)' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from help" -f -a "list" -d 'List flavors'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a flavor'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a flavor at every site of the compute scope'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set flavor properties, access or description'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Unset flavor properties or access'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete flavors'
complete -c oscope -n "__fish_oscope_using_subcommand flavor; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -f -a "list" -d 'List images'
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -f -a "show" -d 'Show an image'
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -f -a "create" -d 'Create an image at every site of the image scope'
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -f -a "delete" -d 'Delete images'
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -f -a "set" -d 'Change an image'
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -f -a "save" -d 'Download an image\'s data, checksums verified'
complete -c oscope -n "__fish_oscope_using_subcommand image; and not __fish_seen_subcommand_from list show create delete set save help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
csv\t''
value\t''"
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -s c -l column -d 'A column to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l sort-column -d 'Sort by this column after merging the sites; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l quote -d 'When CSV quotes fields' -r -f -a "all\t''
minimal\t''
nonnumeric\t''
none\t''"
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l long -d 'More columns'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l sort-ascending -d 'Sort ascending (the default)'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l sort-descending -d 'Sort descending'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l print-empty -d 'Print an empty table when there are no rows'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
value\t''
shell\t''"
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -s c -l column -d 'A field to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l prefix -d 'A prefix for the variable names of the shell format' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l file -d 'Upload this file as the image\'s data' -r -F
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l disk-format -d 'Disk format' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l container-format -d 'Container format' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l property -d 'A property: KEY=VALUE (repeatable)' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
value\t''
shell\t''"
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -s c -l column -d 'A field to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l prefix -d 'A prefix for the variable names of the shell format' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l public -d 'Visible to every project'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l private -d 'Visible to the owner only'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l shared -d 'Visible to the owner and projects it is shared with'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l community -d 'Visible to every project, unlisted'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l atomic -d 'All or nothing: when any site fails, delete what the others created'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l name -d 'New name' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l property -d 'A property: KEY=VALUE (repeatable)' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l file -d 'Where to write the data' -r -F
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from save" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "list" -d 'List images'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an image'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an image at every site of the image scope'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete images'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change an image'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "save" -d 'Download an image\'s data, checksums verified'
complete -c oscope -n "__fish_oscope_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -f -a "list" -d 'List networks'
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -f -a "show" -d 'Show a network'
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -f -a "create" -d 'Create a network at every site of the network scope'
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -f -a "delete" -d 'Delete networks'
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -f -a "set" -d 'Change a network'
complete -c oscope -n "__fish_oscope_using_subcommand network; and not __fish_seen_subcommand_from list show create delete set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
csv\t''
value\t''"
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -s c -l column -d 'A column to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l sort-column -d 'Sort by this column after merging the sites; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l quote -d 'When CSV quotes fields' -r -f -a "all\t''
minimal\t''
nonnumeric\t''
none\t''"
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l long -d 'More columns'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l sort-ascending -d 'Sort ascending (the default)'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l sort-descending -d 'Sort descending'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l print-empty -d 'Print an empty table when there are no rows'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
value\t''
shell\t''"
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -s c -l column -d 'A field to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l prefix -d 'A prefix for the variable names of the shell format' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l description -d 'A description' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
value\t''
shell\t''"
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -s c -l column -d 'A field to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l prefix -d 'A prefix for the variable names of the shell format' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l share -d 'Share it with every project'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l atomic -d 'All or nothing: when any site fails, delete what the others created'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l name -d 'New name' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l description -d 'New description' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "list" -d 'List networks'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a network'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a network at every site of the network scope'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete networks'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a network'
complete -c oscope -n "__fish_oscope_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -f -a "list" -d 'List subnets'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -f -a "show" -d 'Show a subnet'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -f -a "create" -d 'Create a subnet at every site of the network scope'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -f -a "delete" -d 'Delete subnets'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and not __fish_seen_subcommand_from list show create delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
csv\t''
value\t''"
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -s c -l column -d 'A column to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l sort-column -d 'Sort by this column after merging the sites; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l quote -d 'When CSV quotes fields' -r -f -a "all\t''
minimal\t''
nonnumeric\t''
none\t''"
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l long -d 'More columns'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l sort-ascending -d 'Sort ascending (the default)'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l sort-descending -d 'Sort descending'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l print-empty -d 'Print an empty table when there are no rows'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
value\t''
shell\t''"
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -s c -l column -d 'A field to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l prefix -d 'A prefix for the variable names of the shell format' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l network -d 'The network it belongs to, by name or ID' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l subnet-range -d 'Its range, in CIDR notation' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l gateway -d 'Its gateway' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
value\t''
shell\t''"
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -s c -l column -d 'A field to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l prefix -d 'A prefix for the variable names of the shell format' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l no-dhcp -d 'Without DHCP'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l atomic -d 'All or nothing: when any site fails, delete what the others created'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from help" -f -a "list" -d 'List subnets'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a subnet'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a subnet at every site of the network scope'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete subnets'
complete -c oscope -n "__fish_oscope_using_subcommand subnet; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -f -a "group" -d 'Security groups and their rules'
complete -c oscope -n "__fish_oscope_using_subcommand security; and not __fish_seen_subcommand_from group help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -f -a "list" -d 'List security groups'
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -f -a "show" -d 'Show a security group and its rules'
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -f -a "create" -d 'Create a security group at every site of the network scope'
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -f -a "set" -d 'Change a security group'
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -f -a "unset" -d 'Remove tags from a security group'
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -f -a "delete" -d 'Delete security groups'
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -f -a "rule" -d 'Rules of security groups'
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from group" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from help" -f -a "group" -d 'Security groups and their rules'
complete -c oscope -n "__fish_oscope_using_subcommand security; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -f -a "list" -d 'List volumes'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -f -a "show" -d 'Show a volume'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -f -a "create" -d 'Create a volume at every site of the block-storage scope'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -f -a "delete" -d 'Delete volumes'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -f -a "set" -d 'Change a volume'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and not __fish_seen_subcommand_from list show create delete set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
csv\t''
value\t''"
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -s c -l column -d 'A column to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l sort-column -d 'Sort by this column after merging the sites; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l quote -d 'When CSV quotes fields' -r -f -a "all\t''
minimal\t''
nonnumeric\t''
none\t''"
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l long -d 'More columns'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l sort-ascending -d 'Sort ascending (the default)'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l sort-descending -d 'Sort descending'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l print-empty -d 'Print an empty table when there are no rows'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
value\t''
shell\t''"
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -s c -l column -d 'A field to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l prefix -d 'A prefix for the variable names of the shell format' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l size -d 'Size in GiB' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l description -d 'A description' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l type -d 'Volume type' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l server -d 'Create it where this server lives (by name or ID, found under the compute scope), whatever the block-storage scope says' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
value\t''
shell\t''"
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -s c -l column -d 'A field to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l prefix -d 'A prefix for the variable names of the shell format' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l atomic -d 'All or nothing: when any site fails, delete what the others created'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l name -d 'New name' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l description -d 'New description' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "list" -d 'List volumes'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a volume'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a volume at every site of the block-storage scope'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete volumes'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a volume'
complete -c oscope -n "__fish_oscope_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -f -a "list" -d 'List users'
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -f -a "show" -d 'Show a user'
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -f -a "create" -d 'Create a user at every site of the identity scope'
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -f -a "delete" -d 'Delete users'
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -f -a "set" -d 'Change a user'
complete -c oscope -n "__fish_oscope_using_subcommand user; and not __fish_seen_subcommand_from list show create delete set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
csv\t''
value\t''"
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -s c -l column -d 'A column to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l sort-column -d 'Sort by this column after merging the sites; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l quote -d 'When CSV quotes fields' -r -f -a "all\t''
minimal\t''
nonnumeric\t''
none\t''"
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l long -d 'More columns'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l sort-ascending -d 'Sort ascending (the default)'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l sort-descending -d 'Sort descending'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l print-empty -d 'Print an empty table when there are no rows'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
value\t''
shell\t''"
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -s c -l column -d 'A field to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l prefix -d 'A prefix for the variable names of the shell format' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l password -d 'Password' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l email -d 'Email address' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l description -d 'A description' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l project -d 'Default project, by name or ID' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l domain -d 'Domain ID (default: `default`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
value\t''
shell\t''"
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -s c -l column -d 'A field to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l prefix -d 'A prefix for the variable names of the shell format' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l password-prompt -d 'Read the password from the terminal'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l disable -d 'Create it disabled'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l or-show -d 'Show the user instead of failing when it exists'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l atomic -d 'All or nothing: when any site fails, delete what the others created'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l name -d 'New name' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l password -d 'New password' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l email -d 'New email address' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l description -d 'New description' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l enable -d 'Enable the user'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l disable -d 'Disable the user'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a user'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a user at every site of the identity scope'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete users'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a user'
complete -c oscope -n "__fish_oscope_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -f -a "list" -d 'List projects'
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -f -a "show" -d 'Show a project'
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -f -a "create" -d 'Create a project at every site of the identity scope'
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -f -a "delete" -d 'Delete projects'
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -f -a "set" -d 'Change a project'
complete -c oscope -n "__fish_oscope_using_subcommand project; and not __fish_seen_subcommand_from list show create delete set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
csv\t''
value\t''"
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -s c -l column -d 'A column to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l sort-column -d 'Sort by this column after merging the sites; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l quote -d 'When CSV quotes fields' -r -f -a "all\t''
minimal\t''
nonnumeric\t''
none\t''"
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l long -d 'More columns'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l sort-ascending -d 'Sort ascending (the default)'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l sort-descending -d 'Sort descending'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l print-empty -d 'Print an empty table when there are no rows'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
value\t''
shell\t''"
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -s c -l column -d 'A field to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l prefix -d 'A prefix for the variable names of the shell format' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l description -d 'A description' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l domain -d 'Domain ID (default: `default`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
value\t''
shell\t''"
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -s c -l column -d 'A field to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l prefix -d 'A prefix for the variable names of the shell format' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l disable -d 'Create it disabled'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l or-show -d 'Show the project instead of failing when it exists'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l atomic -d 'All or nothing: when any site fails, delete what the others created'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l name -d 'New name' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l description -d 'New description' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "list" -d 'List projects'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a project'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a project at every site of the identity scope'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete projects'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a project'
complete -c oscope -n "__fish_oscope_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -f -a "list" -d 'List key pairs'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -f -a "show" -d 'Show a key pair'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -f -a "create" -d 'Create (or import) a key pair at every site of the compute scope'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -f -a "delete" -d 'Delete key pairs'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and not __fish_seen_subcommand_from list show create delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
csv\t''
value\t''"
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -s c -l column -d 'A column to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l sort-column -d 'Sort by this column after merging the sites; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l quote -d 'When CSV quotes fields' -r -f -a "all\t''
minimal\t''
nonnumeric\t''
none\t''"
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l long -d 'More columns'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l sort-ascending -d 'Sort ascending (the default)'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l sort-descending -d 'Sort descending'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l print-empty -d 'Print an empty table when there are no rows'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
value\t''
shell\t''"
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -s c -l column -d 'A field to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l prefix -d 'A prefix for the variable names of the shell format' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l public-key -d 'Show only the bare public key, as the key pair holds it'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l public-key -d 'Import this public key file instead of generating a key' -r -F
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l private-key -d 'Write the generated private key to this file (it is printed otherwise)' -r -F
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
value\t''
shell\t''"
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -s c -l column -d 'A field to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l prefix -d 'A prefix for the variable names of the shell format' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l atomic -d 'All or nothing: when any site fails, delete what the others created'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from help" -f -a "list" -d 'List key pairs'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a key pair'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create (or import) a key pair at every site of the compute scope'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete key pairs'
complete -c oscope -n "__fish_oscope_using_subcommand keypair; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -f -a "log" -d 'A server\'s console log'
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -f -a "url" -d 'A server\'s remote console URL'
complete -c oscope -n "__fish_oscope_using_subcommand console; and not __fish_seen_subcommand_from log url help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -f -a "show" -d 'Show server\'s console output'
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from log" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -f -a "show" -d 'Show server\'s remote console URL'
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from url" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from help" -f -a "log" -d 'A server\'s console log'
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from help" -f -a "url" -d 'A server\'s remote console URL'
complete -c oscope -n "__fish_oscope_using_subcommand console; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -f -a "list" -d 'List hypervisors (admin only)'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -f -a "show" -d 'Display hypervisor details (admin only)'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and not __fish_seen_subcommand_from list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
csv\t''
value\t''"
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -s c -l column -d 'A column to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l sort-column -d 'Sort by this column after merging the sites; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l quote -d 'When CSV quotes fields' -r -f -a "all\t''
minimal\t''
nonnumeric\t''
none\t''"
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l long -d 'More columns'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l sort-ascending -d 'Sort ascending (the default)'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l sort-descending -d 'Sort descending'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l print-empty -d 'Print an empty table when there are no rows'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
value\t''
shell\t''"
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -s c -l column -d 'A field to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l prefix -d 'A prefix for the variable names of the shell format' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from help" -f -a "list" -d 'List hypervisors (admin only)'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from help" -f -a "show" -d 'Display hypervisor details (admin only)'
complete -c oscope -n "__fish_oscope_using_subcommand hypervisor; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -f -a "service" -d 'Compute services'
complete -c oscope -n "__fish_oscope_using_subcommand compute; and not __fish_seen_subcommand_from service help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -f -a "list" -d 'List compute services (admin only)'
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -f -a "set" -d 'Enable, disable, force down or up a compute service (admin only)'
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -f -a "delete" -d 'Delete compute service(s) (admin only)'
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from service" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from help" -f -a "service" -d 'Compute services'
complete -c oscope -n "__fish_oscope_using_subcommand compute; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -f -a "list" -d 'List aggregates (admin only)'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -f -a "show" -d 'Display aggregate details'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -f -a "create" -d 'Create a new aggregate at every site of the compute scope'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -f -a "set" -d 'Set aggregate properties'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -f -a "unset" -d 'Unset aggregate properties'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -f -a "delete" -d 'Delete existing aggregate(s)'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -f -a "add" -d 'Add a host to an aggregate'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -f -a "remove" -d 'Remove a host from an aggregate'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and not __fish_seen_subcommand_from list show create set unset delete add remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
csv\t''
value\t''"
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -s c -l column -d 'A column to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l sort-column -d 'Sort by this column after merging the sites; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l quote -d 'When CSV quotes fields' -r -f -a "all\t''
minimal\t''
nonnumeric\t''
none\t''"
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l availability-zone -d 'Only aggregates in this availability zone' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l host -d 'Only aggregates with this host' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l long -d 'More columns'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l sort-ascending -d 'Sort ascending (the default)'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l sort-descending -d 'Sort descending'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l print-empty -d 'Print an empty table when there are no rows'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
value\t''
shell\t''"
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -s c -l column -d 'A field to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l prefix -d 'A prefix for the variable names of the shell format' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l zone -d 'Availability zone name' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l property -d 'A property of the aggregate; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
value\t''
shell\t''"
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -s c -l column -d 'A field to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l prefix -d 'A prefix for the variable names of the shell format' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l atomic -d 'All or nothing: when any site fails, delete what the others created'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l name -d 'Set aggregate name' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l zone -d 'Set availability zone name' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l property -d 'A property to set; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l no-property -d 'Remove all properties (with --property: replace them)'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l property -d 'A property to remove; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -f -a "host" -d 'A host of the aggregate'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from add" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -f -a "host" -d 'A host of the aggregate'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from remove" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from help" -f -a "list" -d 'List aggregates (admin only)'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from help" -f -a "show" -d 'Display aggregate details'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a new aggregate at every site of the compute scope'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set aggregate properties'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Unset aggregate properties'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete existing aggregate(s)'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a host to an aggregate'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a host from an aggregate'
complete -c oscope -n "__fish_oscope_using_subcommand aggregate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -f -a "list" -d 'List resource usage per project'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -f -a "show" -d 'Show resource usage for a single project'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and not __fish_seen_subcommand_from list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l start -d 'Usage range start date, ex 2012-01-20 (default: 4 weeks ago)' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l end -d 'Usage range end date, ex 2012-01-20 (default: tomorrow)' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
csv\t''
value\t''"
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -s c -l column -d 'A column to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l sort-column -d 'Sort by this column after merging the sites; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l quote -d 'When CSV quotes fields' -r -f -a "all\t''
minimal\t''
nonnumeric\t''
none\t''"
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l long -d 'More columns'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l sort-ascending -d 'Sort ascending (the default)'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l sort-descending -d 'Sort descending'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l print-empty -d 'Print an empty table when there are no rows'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l project -d 'Name or ID of project to show usage for (default: the token\'s)' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l start -d 'Usage range start date, ex 2012-01-20 (default: 4 weeks ago)' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l end -d 'Usage range end date, ex 2012-01-20 (default: tomorrow)' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
value\t''
shell\t''"
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -s c -l column -d 'A field to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l prefix -d 'A prefix for the variable names of the shell format' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from help" -f -a "list" -d 'List resource usage per project'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show resource usage for a single project'
complete -c oscope -n "__fish_oscope_using_subcommand usage; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -f -a "zone" -d 'Availability zones'
complete -c oscope -n "__fish_oscope_using_subcommand availability; and not __fish_seen_subcommand_from zone help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -f -a "list" -d 'List availability zones and their status'
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from zone" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from help" -f -a "zone" -d 'Availability zones'
complete -c oscope -n "__fish_oscope_using_subcommand availability; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'Show compute and block-storage quotas, summed over the scope'
complete -c oscope -n "__fish_oscope_using_subcommand quota; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
csv\t''
value\t''"
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -s c -l column -d 'A column to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l sort-column -d 'Sort by this column after merging the sites; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l quote -d 'When CSV quotes fields' -r -f -a "all\t''
minimal\t''
nonnumeric\t''
none\t''"
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l per-site -d 'One row per site and resource instead of sums'
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l sort-ascending -d 'Sort ascending (the default)'
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l sort-descending -d 'Sort descending'
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l print-empty -d 'Print an empty table when there are no rows'
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show compute and block-storage quotas, summed over the scope'
complete -c oscope -n "__fish_oscope_using_subcommand quota; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'Show compute and block-storage limits, summed over the scope'
complete -c oscope -n "__fish_oscope_using_subcommand limits; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -s f -l format -d 'The output format' -r -f -a "table\t''
json\t''
yaml\t''
csv\t''
value\t''"
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -s c -l column -d 'A column to include; repeat for more (case-insensitive)' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l sort-column -d 'Sort by this column after merging the sites; repeat for more' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l max-width -d 'The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l quote -d 'When CSV quotes fields' -r -f -a "all\t''
minimal\t''
nonnumeric\t''
none\t''"
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l absolute -d 'Absolute limits (the only kind)'
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l per-site -d 'One row per site and limit instead of sums'
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l sort-ascending -d 'Sort ascending (the default)'
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l sort-descending -d 'Sort descending'
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l fit-width -d 'Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]'
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l print-empty -d 'Print an empty table when there are no rows'
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show compute and block-storage limits, summed over the scope'
complete -c oscope -n "__fish_oscope_using_subcommand limits; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand api" -l body -d 'Request body: JSON, or @FILE' -r
complete -c oscope -n "__fish_oscope_using_subcommand api" -s H -l header -d 'A header: NAME:VALUE (repeatable)' -r
complete -c oscope -n "__fish_oscope_using_subcommand api" -l os-scope -d 'Which sites each service\'s requests go to: an expression (`a & b`, `a | b`) or a map per service (`{compute: a, image: b | c}`)' -r
complete -c oscope -n "__fish_oscope_using_subcommand api" -l os-cloud -d 'The current cloud: the site used for services the scope leaves out' -r
complete -c oscope -n "__fish_oscope_using_subcommand api" -l os-auth-url -d 'Keystone\'s URL [env: OS_AUTH_URL]' -r
complete -c oscope -n "__fish_oscope_using_subcommand api" -l os-auth-type -d 'Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand api" -l os-username -d 'User name [env: OS_USERNAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand api" -l os-user-id -d 'User ID [env: OS_USER_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand api" -l os-password -d 'Password [env: OS_PASSWORD]' -r
complete -c oscope -n "__fish_oscope_using_subcommand api" -l os-project-name -d 'Project name [env: OS_PROJECT_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand api" -l os-project-id -d 'Project ID [env: OS_PROJECT_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand api" -l os-user-domain-name -d 'Domain of the user name [env: OS_USER_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand api" -l os-user-domain-id -d 'Domain ID of the user [env: OS_USER_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand api" -l os-project-domain-name -d 'Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand api" -l os-project-domain-id -d 'Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand api" -l os-domain-name -d 'Scope the token to this domain, by name [env: OS_DOMAIN_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand api" -l os-domain-id -d 'Scope the token to this domain, by ID [env: OS_DOMAIN_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand api" -l os-system-scope -d 'Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand api" -l os-token -d 'An existing token [env: OS_TOKEN]' -r
complete -c oscope -n "__fish_oscope_using_subcommand api" -l os-application-credential-id -d 'Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]' -r
complete -c oscope -n "__fish_oscope_using_subcommand api" -l os-application-credential-name -d 'Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand api" -l os-application-credential-secret -d 'Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]' -r
complete -c oscope -n "__fish_oscope_using_subcommand api" -l os-region-name -d 'Region to choose endpoints in [env: OS_REGION_NAME]' -r
complete -c oscope -n "__fish_oscope_using_subcommand api" -l os-interface -d 'Endpoint interface: public, internal or admin [env: OS_INTERFACE]' -r
complete -c oscope -n "__fish_oscope_using_subcommand api" -l os-cacert -d 'CA bundle to verify TLS with [env: OS_CACERT]' -r
complete -c oscope -n "__fish_oscope_using_subcommand api" -l timeout -d 'Each site\'s deadline in seconds, unless its `api_timeout` says otherwise' -r
complete -c oscope -n "__fish_oscope_using_subcommand api" -l max-concurrency -d 'At most this many sites at once (fewer when the descriptor limit cannot hold three per site)' -r
complete -c oscope -n "__fish_oscope_using_subcommand api" -l noindent -d 'JSON on one line'
complete -c oscope -n "__fish_oscope_using_subcommand api" -l insecure -d 'Do not verify TLS certificates (insecure; a warning says so)'
complete -c oscope -n "__fish_oscope_using_subcommand api" -l no-token-cache -d 'Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand api" -l no-route-cache -d 'Neither read nor write the routing cache, where oscope remembers on which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]'
complete -c oscope -n "__fish_oscope_using_subcommand api" -l explain -d 'Print the plan (sites, endpoints, order) and every request the command sends or would send; send nothing that changes anything'
complete -c oscope -n "__fish_oscope_using_subcommand api" -l debug -d 'Log every request on stderr (site, method, URL, status, time); secrets are redacted'
complete -c oscope -n "__fish_oscope_using_subcommand api" -l timing -d 'Print each site\'s requests and time on stderr'
complete -c oscope -n "__fish_oscope_using_subcommand api" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c oscope -n "__fish_oscope_using_subcommand api" -s V -l version -d 'Print version'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion token catalog endpoint site server flavor image network subnet security volume user project keypair console hypervisor compute aggregate usage availability quota limits api help" -f -a "scope" -d 'Parse, check and explain scopes'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion token catalog endpoint site server flavor image network subnet security volume user project keypair console hypervisor compute aggregate usage availability quota limits api help" -f -a "completion" -d 'Print a shell completion script'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion token catalog endpoint site server flavor image network subnet security volume user project keypair console hypervisor compute aggregate usage availability quota limits api help" -f -a "token" -d 'Tokens'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion token catalog endpoint site server flavor image network subnet security volume user project keypair console hypervisor compute aggregate usage availability quota limits api help" -f -a "catalog" -d 'The service catalogue of each site'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion token catalog endpoint site server flavor image network subnet security volume user project keypair console hypervisor compute aggregate usage availability quota limits api help" -f -a "endpoint" -d 'Endpoints registered in each site\'s Keystone'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion token catalog endpoint site server flavor image network subnet security volume user project keypair console hypervisor compute aggregate usage availability quota limits api help" -f -a "site" -d 'The configured sites (oscope\'s own)'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion token catalog endpoint site server flavor image network subnet security volume user project keypair console hypervisor compute aggregate usage availability quota limits api help" -f -a "server" -d 'Compute servers'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion token catalog endpoint site server flavor image network subnet security volume user project keypair console hypervisor compute aggregate usage availability quota limits api help" -f -a "flavor" -d 'Compute flavors'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion token catalog endpoint site server flavor image network subnet security volume user project keypair console hypervisor compute aggregate usage availability quota limits api help" -f -a "image" -d 'Images'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion token catalog endpoint site server flavor image network subnet security volume user project keypair console hypervisor compute aggregate usage availability quota limits api help" -f -a "network" -d 'Networks'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion token catalog endpoint site server flavor image network subnet security volume user project keypair console hypervisor compute aggregate usage availability quota limits api help" -f -a "subnet" -d 'Subnets'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion token catalog endpoint site server flavor image network subnet security volume user project keypair console hypervisor compute aggregate usage availability quota limits api help" -f -a "security" -d 'Security groups and their rules'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion token catalog endpoint site server flavor image network subnet security volume user project keypair console hypervisor compute aggregate usage availability quota limits api help" -f -a "volume" -d 'Block storage volumes'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion token catalog endpoint site server flavor image network subnet security volume user project keypair console hypervisor compute aggregate usage availability quota limits api help" -f -a "user" -d 'Identity users'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion token catalog endpoint site server flavor image network subnet security volume user project keypair console hypervisor compute aggregate usage availability quota limits api help" -f -a "project" -d 'Identity projects'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion token catalog endpoint site server flavor image network subnet security volume user project keypair console hypervisor compute aggregate usage availability quota limits api help" -f -a "keypair" -d 'Compute key pairs'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion token catalog endpoint site server flavor image network subnet security volume user project keypair console hypervisor compute aggregate usage availability quota limits api help" -f -a "console" -d 'Server consoles'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion token catalog endpoint site server flavor image network subnet security volume user project keypair console hypervisor compute aggregate usage availability quota limits api help" -f -a "hypervisor" -d 'Hypervisors'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion token catalog endpoint site server flavor image network subnet security volume user project keypair console hypervisor compute aggregate usage availability quota limits api help" -f -a "compute" -d 'Compute services'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion token catalog endpoint site server flavor image network subnet security volume user project keypair console hypervisor compute aggregate usage availability quota limits api help" -f -a "aggregate" -d 'Host aggregates'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion token catalog endpoint site server flavor image network subnet security volume user project keypair console hypervisor compute aggregate usage availability quota limits api help" -f -a "usage" -d 'Compute usage per project'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion token catalog endpoint site server flavor image network subnet security volume user project keypair console hypervisor compute aggregate usage availability quota limits api help" -f -a "availability" -d 'Availability zones of compute, network and block storage'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion token catalog endpoint site server flavor image network subnet security volume user project keypair console hypervisor compute aggregate usage availability quota limits api help" -f -a "quota" -d 'Quotas'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion token catalog endpoint site server flavor image network subnet security volume user project keypair console hypervisor compute aggregate usage availability quota limits api help" -f -a "limits" -d 'Limits'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion token catalog endpoint site server flavor image network subnet security volume user project keypair console hypervisor compute aggregate usage availability quota limits api help" -f -a "api" -d 'Send any request to any service under the scope'
complete -c oscope -n "__fish_oscope_using_subcommand help; and not __fish_seen_subcommand_from scope completion token catalog endpoint site server flavor image network subnet security volume user project keypair console hypervisor compute aggregate usage availability quota limits api help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from scope" -f -a "check" -d 'Parse a scope, resolve it against the configured sites, and print its canonical form and the plan for each service'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "issue" -d 'Issue a token at each site of the identity scope'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "list" -d 'List the services of each site\'s catalogue'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "show" -d 'Show one service of each site\'s catalogue'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from endpoint" -f -a "list" -d 'List the endpoints of each site\'s Keystone'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from site" -f -a "list" -d 'List the configured sites, and with --check whether each answers'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from site" -f -a "capacity" -d 'The compute capacity of each site of the placement scope, from Placement: vCPUs, RAM and disk in use and in total, and their sum'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "list" -d 'List servers'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "show" -d 'Show a server'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "create" -d 'Create a server at every site of the compute scope'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "delete" -d 'Delete servers'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "set" -d 'Change a server\'s name, description, properties, tags or state'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "unset" -d 'Remove a server\'s properties, tags or description'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "start" -d 'Start server(s)'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "stop" -d 'Stop server(s)'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "pause" -d 'Pause server(s)'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "unpause" -d 'Unpause server(s)'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "suspend" -d 'Suspend server(s)'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "resume" -d 'Resume server(s)'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "lock" -d 'Lock server(s): a non-admin user will not be able to execute actions'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "unlock" -d 'Unlock server(s)'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "reboot" -d 'Perform a hard or soft server reboot'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "shelve" -d 'Shelve and optionally offload server(s)'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "unshelve" -d 'Unshelve server(s)'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "rescue" -d 'Put a server in rescue mode'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "unrescue" -d 'Restore a server from rescue mode'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "resize" -d 'Scale server to a new flavor (then `server resize confirm|revert`)'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "migrate" -d 'Migrate server to a different host, cold or live'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "migration" -d 'Server migrations (`os-migrations`)'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "rebuild" -d 'Rebuild server from its image or another'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "evacuate" -d 'Evacuate a server from a failed host (its compute service down)'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "image" -d 'Images of a server (snapshots)'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "backup" -d 'Backups of a server (rotated images)'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "dump" -d 'Crash dumps of servers'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "add" -d 'Attach to a server: a volume, security groups'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "remove" -d 'Detach from a server: a volume, security groups'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "group" -d 'Server groups: placement policies for servers'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "event" -d 'What was done to a server (Nova\'s instance actions)'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from flavor" -f -a "list" -d 'List flavors'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from flavor" -f -a "show" -d 'Show a flavor'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from flavor" -f -a "create" -d 'Create a flavor at every site of the compute scope'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from flavor" -f -a "set" -d 'Set flavor properties, access or description'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from flavor" -f -a "unset" -d 'Unset flavor properties or access'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from flavor" -f -a "delete" -d 'Delete flavors'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "list" -d 'List images'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "show" -d 'Show an image'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "create" -d 'Create an image at every site of the image scope'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "delete" -d 'Delete images'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "set" -d 'Change an image'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "save" -d 'Download an image\'s data, checksums verified'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "list" -d 'List networks'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "show" -d 'Show a network'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "create" -d 'Create a network at every site of the network scope'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "delete" -d 'Delete networks'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "set" -d 'Change a network'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from subnet" -f -a "list" -d 'List subnets'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from subnet" -f -a "show" -d 'Show a subnet'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from subnet" -f -a "create" -d 'Create a subnet at every site of the network scope'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from subnet" -f -a "delete" -d 'Delete subnets'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from security" -f -a "group" -d 'Security groups and their rules'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "list" -d 'List volumes'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "show" -d 'Show a volume'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "create" -d 'Create a volume at every site of the block-storage scope'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "delete" -d 'Delete volumes'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "set" -d 'Change a volume'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List users'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show a user'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "create" -d 'Create a user at every site of the identity scope'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "delete" -d 'Delete users'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "set" -d 'Change a user'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "list" -d 'List projects'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "show" -d 'Show a project'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "create" -d 'Create a project at every site of the identity scope'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "delete" -d 'Delete projects'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "set" -d 'Change a project'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from keypair" -f -a "list" -d 'List key pairs'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from keypair" -f -a "show" -d 'Show a key pair'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from keypair" -f -a "create" -d 'Create (or import) a key pair at every site of the compute scope'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from keypair" -f -a "delete" -d 'Delete key pairs'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from console" -f -a "log" -d 'A server\'s console log'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from console" -f -a "url" -d 'A server\'s remote console URL'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from hypervisor" -f -a "list" -d 'List hypervisors (admin only)'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from hypervisor" -f -a "show" -d 'Display hypervisor details (admin only)'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from compute" -f -a "service" -d 'Compute services'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from aggregate" -f -a "list" -d 'List aggregates (admin only)'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from aggregate" -f -a "show" -d 'Display aggregate details'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from aggregate" -f -a "create" -d 'Create a new aggregate at every site of the compute scope'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from aggregate" -f -a "set" -d 'Set aggregate properties'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from aggregate" -f -a "unset" -d 'Unset aggregate properties'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from aggregate" -f -a "delete" -d 'Delete existing aggregate(s)'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from aggregate" -f -a "add" -d 'Add a host to an aggregate'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from aggregate" -f -a "remove" -d 'Remove a host from an aggregate'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from usage" -f -a "list" -d 'List resource usage per project'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from usage" -f -a "show" -d 'Show resource usage for a single project'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from availability" -f -a "zone" -d 'Availability zones'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from quota" -f -a "show" -d 'Show compute and block-storage quotas, summed over the scope'
complete -c oscope -n "__fish_oscope_using_subcommand help; and __fish_seen_subcommand_from limits" -f -a "show" -d 'Show compute and block-storage limits, summed over the scope'
