# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_mboctl_global_optspecs
    string join \n config= profile= data-dir= backend= secret-store= o/output= no-input y/yes q/quiet v/verbose color= h/help V/version
end

function __fish_mboctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_mboctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_mboctl_using_subcommand
    set -l cmd (__fish_mboctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c mboctl -n "__fish_mboctl_needs_command" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_needs_command" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_needs_command" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_needs_command" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_needs_command" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_needs_command" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_needs_command" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_needs_command" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_needs_command" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_needs_command" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_needs_command" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mboctl -n "__fish_mboctl_needs_command" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_needs_command" -f -a "init" -d 'Create the backend, the master key, the internal keys and the first admin'
complete -c mboctl -n "__fish_mboctl_needs_command" -f -a "login" -d 'Log in as an operator (password, then TOTP or a backup code)'
complete -c mboctl -n "__fish_mboctl_needs_command" -f -a "logout" -d 'End the current session'
complete -c mboctl -n "__fish_mboctl_needs_command" -f -a "whoami" -d 'Show who you are acting as'
complete -c mboctl -n "__fish_mboctl_needs_command" -f -a "recover" -d 'Break-glass: reset a user\'s MFA and password (needs MBOCTL_MASTER_KEY and --yes)'
complete -c mboctl -n "__fish_mboctl_needs_command" -f -a "user" -d 'Manage users and service accounts'
complete -c mboctl -n "__fish_mboctl_needs_command" -f -a "role" -d 'Manage roles'
complete -c mboctl -n "__fish_mboctl_needs_command" -f -a "can" -d 'Does USER hold PERMISSION? Prints yes (exit 0) or no (exit 1)'
complete -c mboctl -n "__fish_mboctl_needs_command" -f -a "mfa" -d 'Multi-factor authentication'
complete -c mboctl -n "__fish_mboctl_needs_command" -f -a "secret" -d 'Secrets: values, versions, policies and safe, resumable rotation'
complete -c mboctl -n "__fish_mboctl_needs_command" -f -a "audit" -d 'The tamper-evident audit trail'
complete -c mboctl -n "__fish_mboctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c mboctl -n "__fish_mboctl_needs_command" -f -a "__keyring-probe" -d 'Internal: read the master key back from the OS keyring and print its check value'
complete -c mboctl -n "__fish_mboctl_needs_command" -f -a "__keyring-read" -d 'Internal: print the SHA-256 of a keyring secret entry (proof of persistence)'
complete -c mboctl -n "__fish_mboctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mboctl -n "__fish_mboctl_using_subcommand init" -l admin -d 'The first admin\'s username [default: your OS user name, normalised]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand init" -l email -d 'The first admin\'s email' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand init" -l key-store -d 'Where to keep the new master key: a 0600 key file, or the OS keyring (Secret Service; used only if a new process can read the key back, else a key file)' -r -f -a "file\t''
keyring\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand init" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand init" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand init" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand init" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand init" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand init" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand init" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand init" -l password-stdin -d 'Read the admin password from the first line of stdin'
complete -c mboctl -n "__fish_mboctl_using_subcommand init" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand init" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand init" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand init" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand init" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand init" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand login" -l code -d 'A TOTP code from your authenticator' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand login" -l backup-code -d 'A one-time backup code' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand login" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand login" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand login" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand login" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand login" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand login" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand login" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand login" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c mboctl -n "__fish_mboctl_using_subcommand login" -l print-token -d 'Also print the session token (to use as MBOCTL_TOKEN elsewhere; treat it as a secret)'
complete -c mboctl -n "__fish_mboctl_using_subcommand login" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand login" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand login" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand login" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand login" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand login" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand logout" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand logout" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand logout" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand logout" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand logout" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand logout" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand logout" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand logout" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand logout" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand logout" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand logout" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand logout" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand logout" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand whoami" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand whoami" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand whoami" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand whoami" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand whoami" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand whoami" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand whoami" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand whoami" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand whoami" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand whoami" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand whoami" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand whoami" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand whoami" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand recover" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand recover" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand recover" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand recover" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand recover" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand recover" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand recover" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand recover" -l password-stdin -d 'Read the new password from the first line of stdin'
complete -c mboctl -n "__fish_mboctl_using_subcommand recover" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand recover" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand recover" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand recover" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand recover" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand recover" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role disable enable remove passwd token review help" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role disable enable remove passwd token review help" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role disable enable remove passwd token review help" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role disable enable remove passwd token review help" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role disable enable remove passwd token review help" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role disable enable remove passwd token review help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role disable enable remove passwd token review help" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role disable enable remove passwd token review help" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role disable enable remove passwd token review help" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role disable enable remove passwd token review help" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role disable enable remove passwd token review help" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role disable enable remove passwd token review help" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role disable enable remove passwd token review help" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role disable enable remove passwd token review help" -f -a "add" -d 'Add a user or service account'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role disable enable remove passwd token review help" -f -a "list" -d 'List users'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role disable enable remove passwd token review help" -f -a "show" -d 'Show one user'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role disable enable remove passwd token review help" -f -a "set-role" -d 'Change a user\'s role (ends their sessions)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role disable enable remove passwd token review help" -f -a "disable" -d 'Disable a user (ends their sessions)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role disable enable remove passwd token review help" -f -a "enable" -d 'Enable a disabled user'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role disable enable remove passwd token review help" -f -a "remove" -d 'Remove a user (ends their sessions)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role disable enable remove passwd token review help" -f -a "passwd" -d 'Change a password: your own (current password first), or NAME\'s with users:manage'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role disable enable remove passwd token review help" -f -a "token" -d 'Service-account tokens'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role disable enable remove passwd token review help" -f -a "review" -d 'Monthly access review report'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and not __fish_seen_subcommand_from add list show set-role disable enable remove passwd token review help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from add" -l role -d 'Role to assign' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from add" -l email -d 'Contact email' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from add" -l expires -d 'Service account lifetime (e.g. 90d)' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from add" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from add" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from add" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from add" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from add" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from add" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from add" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from add" -l generate-password -d 'Generate a password and show it once'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from add" -l service -d 'A service account (no password, no MFA; token authentication)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from add" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from list" -l role -d 'Only users holding this role' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from list" -l mfa -d 'Only users in this MFA state' -r -f -a "enrolled\t''
pending\t''
none\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from list" -l status -d 'Only active or only disabled users' -r -f -a "active\t''
disabled\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from list" -l stale -d 'Only users who have not logged in for this long (e.g. 90d)' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from list" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from list" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from list" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from list" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from list" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from show" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from show" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from show" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from show" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from show" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from set-role" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from set-role" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from set-role" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from set-role" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from set-role" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from set-role" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from set-role" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from set-role" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from set-role" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from set-role" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from set-role" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from set-role" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from set-role" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from disable" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from disable" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from disable" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from disable" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from disable" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from disable" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from disable" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from disable" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from disable" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from enable" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from enable" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from enable" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from enable" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from enable" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from enable" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from enable" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from enable" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from enable" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from remove" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from remove" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from remove" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from remove" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from remove" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from remove" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l password-stdin -d 'Read from stdin: for your own password, the current one on the first line and the new one on the second; for NAME, the new one on the first line'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from token" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from token" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from token" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from token" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from token" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from token" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from token" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from token" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from token" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from token" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from token" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from token" -f -a "create" -d 'Create a token for a service account (shown once)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from token" -f -a "revoke" -d 'Revoke a token'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from token" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from review" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from review" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from review" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from review" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from review" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from review" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from review" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from review" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from review" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from review" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from review" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from review" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from review" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a user or service account'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one user'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "set-role" -d 'Change a user\'s role (ends their sessions)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Disable a user (ends their sessions)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Enable a disabled user'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a user (ends their sessions)'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "passwd" -d 'Change a password: your own (current password first), or NAME\'s with users:manage'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "token" -d 'Service-account tokens'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "review" -d 'Monthly access review report'
complete -c mboctl -n "__fish_mboctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and not __fish_seen_subcommand_from list show create delete permissions help" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and not __fish_seen_subcommand_from list show create delete permissions help" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and not __fish_seen_subcommand_from list show create delete permissions help" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and not __fish_seen_subcommand_from list show create delete permissions help" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and not __fish_seen_subcommand_from list show create delete permissions help" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and not __fish_seen_subcommand_from list show create delete permissions help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and not __fish_seen_subcommand_from list show create delete permissions help" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and not __fish_seen_subcommand_from list show create delete permissions help" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and not __fish_seen_subcommand_from list show create delete permissions help" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and not __fish_seen_subcommand_from list show create delete permissions help" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and not __fish_seen_subcommand_from list show create delete permissions help" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and not __fish_seen_subcommand_from list show create delete permissions help" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and not __fish_seen_subcommand_from list show create delete permissions help" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and not __fish_seen_subcommand_from list show create delete permissions help" -f -a "list" -d 'List roles'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and not __fish_seen_subcommand_from list show create delete permissions help" -f -a "show" -d 'Show a role\'s permissions'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and not __fish_seen_subcommand_from list show create delete permissions help" -f -a "create" -d 'Create a custom role'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and not __fish_seen_subcommand_from list show create delete permissions help" -f -a "delete" -d 'Delete a custom role'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and not __fish_seen_subcommand_from list show create delete permissions help" -f -a "permissions" -d 'List every permission'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and not __fish_seen_subcommand_from list show create delete permissions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from list" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from list" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from list" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from list" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from list" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from show" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from show" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from show" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from show" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from show" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from create" -l permission -d 'Permission to grant (repeatable)' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from create" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from create" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from create" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from create" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from create" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from create" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from create" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from permissions" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from permissions" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from permissions" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from permissions" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from permissions" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from permissions" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from permissions" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from permissions" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from permissions" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from permissions" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from permissions" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from permissions" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from permissions" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "list" -d 'List roles'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a role\'s permissions'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a custom role'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a custom role'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "permissions" -d 'List every permission'
complete -c mboctl -n "__fish_mboctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mboctl -n "__fish_mboctl_using_subcommand can" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand can" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand can" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand can" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand can" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand can" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand can" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand can" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand can" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand can" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand can" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand can" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand can" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll confirm status backup-codes reset help" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll confirm status backup-codes reset help" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll confirm status backup-codes reset help" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll confirm status backup-codes reset help" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll confirm status backup-codes reset help" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll confirm status backup-codes reset help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll confirm status backup-codes reset help" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll confirm status backup-codes reset help" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll confirm status backup-codes reset help" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll confirm status backup-codes reset help" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll confirm status backup-codes reset help" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll confirm status backup-codes reset help" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll confirm status backup-codes reset help" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll confirm status backup-codes reset help" -f -a "enroll" -d 'Start enrolment (a new pending seed); replacing a confirmed one needs --code'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll confirm status backup-codes reset help" -f -a "confirm" -d 'Confirm enrolment with a code from the new seed'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll confirm status backup-codes reset help" -f -a "status" -d 'MFA state (yours, or NAME\'s with users:read)'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll confirm status backup-codes reset help" -f -a "backup-codes" -d 'Backup codes'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll confirm status backup-codes reset help" -f -a "reset" -d 'Force re-enrolment of a user (ends their sessions)'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll confirm status backup-codes reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -l code -d 'A code from your current authenticator (required when MFA is already enrolled)' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from confirm" -l code -d 'A code generated from the pending seed' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from confirm" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from confirm" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from confirm" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from confirm" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from confirm" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from confirm" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from confirm" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from confirm" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from confirm" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from confirm" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from confirm" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from confirm" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from confirm" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from status" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from status" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from status" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from status" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from status" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from status" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from status" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from backup-codes" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from backup-codes" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from backup-codes" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from backup-codes" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from backup-codes" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from backup-codes" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from backup-codes" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from backup-codes" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from backup-codes" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from backup-codes" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from backup-codes" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from backup-codes" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from backup-codes" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from backup-codes" -f -a "regenerate" -d 'Replace your backup codes with ten new ones (shown once)'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from backup-codes" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from help" -f -a "enroll" -d 'Start enrolment (a new pending seed); replacing a confirmed one needs --code'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from help" -f -a "confirm" -d 'Confirm enrolment with a code from the new seed'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from help" -f -a "status" -d 'MFA state (yours, or NAME\'s with users:read)'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from help" -f -a "backup-codes" -d 'Backup codes'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Force re-enrolment of a user (ends their sessions)'
complete -c mboctl -n "__fish_mboctl_using_subcommand mfa; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and not __fish_seen_subcommand_from set get list status history delete rotate rollback gen policy help" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and not __fish_seen_subcommand_from set get list status history delete rotate rollback gen policy help" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and not __fish_seen_subcommand_from set get list status history delete rotate rollback gen policy help" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and not __fish_seen_subcommand_from set get list status history delete rotate rollback gen policy help" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and not __fish_seen_subcommand_from set get list status history delete rotate rollback gen policy help" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and not __fish_seen_subcommand_from set get list status history delete rotate rollback gen policy help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and not __fish_seen_subcommand_from set get list status history delete rotate rollback gen policy help" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and not __fish_seen_subcommand_from set get list status history delete rotate rollback gen policy help" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and not __fish_seen_subcommand_from set get list status history delete rotate rollback gen policy help" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and not __fish_seen_subcommand_from set get list status history delete rotate rollback gen policy help" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and not __fish_seen_subcommand_from set get list status history delete rotate rollback gen policy help" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and not __fish_seen_subcommand_from set get list status history delete rotate rollback gen policy help" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and not __fish_seen_subcommand_from set get list status history delete rotate rollback gen policy help" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and not __fish_seen_subcommand_from set get list status history delete rotate rollback gen policy help" -f -a "set" -d 'Store a value (read from stdin only) as the new current version'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and not __fish_seen_subcommand_from set get list status history delete rotate rollback gen policy help" -f -a "get" -d 'Show a version (masked unless --reveal, which is audited)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and not __fish_seen_subcommand_from set get list status history delete rotate rollback gen policy help" -f -a "list" -d 'List secrets'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and not __fish_seen_subcommand_from set get list status history delete rotate rollback gen policy help" -f -a "status" -d 'Age, last rotation, next due date and whether overdue'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and not __fish_seen_subcommand_from set get list status history delete rotate rollback gen policy help" -f -a "history" -d 'Versions and their stages (never values)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and not __fish_seen_subcommand_from set get list status history delete rotate rollback gen policy help" -f -a "delete" -d 'Delete a secret and its versions'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and not __fish_seen_subcommand_from set get list status history delete rotate rollback gen policy help" -f -a "rotate" -d 'Rotate secrets: create, set, test, finish (resumable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and not __fish_seen_subcommand_from set get list status history delete rotate rollback gen policy help" -f -a "rollback" -d 'Make the previous version current again (re-applied where it is used)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and not __fish_seen_subcommand_from set get list status history delete rotate rollback gen policy help" -f -a "gen" -d 'Generate a random value (prints it; nothing is stored)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and not __fish_seen_subcommand_from set get list status history delete rotate rollback gen policy help" -f -a "policy" -d 'Rotation policies per type'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and not __fish_seen_subcommand_from set get list status history delete rotate rollback gen policy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from set" -l type -d 'api_key, db_password, jwt_secret, oauth_token or generic' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from set" -l rotation -d 'Rotator: random[:hex|base64|password[:N]], jwt, postgres, manual [default: kept, else by type]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from set" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from set" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from set" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from set" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from set" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from set" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from set" -l value-stdin -d 'Read the value from the first line of stdin (required: values never come from argv)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from set" -l force -d 'Abandon an interrupted rotation of this secret (its pending value is dropped)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from set" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from get" -l stage -d 'current, previous or pending' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from get" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from get" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from get" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from get" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from get" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from get" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from get" -l reveal -d 'Print the value (needs secrets:reveal; recorded as SECRET_READ)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from get" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from list" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from list" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from list" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from list" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from list" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from status" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from status" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from status" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from status" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from status" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from status" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from status" -l due -d 'Only the ones due now'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from status" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from history" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from history" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from history" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from history" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from history" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from history" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from history" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from history" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from history" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from delete" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from delete" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from delete" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from delete" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from delete" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from delete" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l parallel -d 'How many secrets to rotate at once' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rotate" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l due -d 'Every secret whose policy says it is due'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l all -d 'Every secret with a rotator (mboctl/ and oauth/ only when named)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l dry-run -d 'Print the plan (what, why, which rotator) and change nothing'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l force -d 'With --due, also the ones not yet due; with named secrets, rotate a JWT key again inside the overlap window that keeps tokens signed with its previous key valid'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l value-stdin -d 'The new value for a manually rotated secret, from the first line of stdin'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rotate" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rotate" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rotate" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rotate" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rotate" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rollback" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rollback" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rollback" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rollback" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rollback" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rollback" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rollback" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rollback" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rollback" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rollback" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rollback" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rollback" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from rollback" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from gen" -l hex -d 'BYTES random bytes, hex-encoded' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from gen" -l base64 -d 'BYTES random bytes, base64-encoded' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from gen" -l password -d 'A password of LEN characters' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from gen" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from gen" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from gen" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from gen" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from gen" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from gen" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from gen" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from gen" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from gen" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from gen" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from gen" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from gen" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from gen" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from policy" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from policy" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from policy" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from policy" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from policy" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from policy" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from policy" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from policy" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from policy" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from policy" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from policy" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from policy" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from policy" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from policy" -f -a "show" -d 'Rotation period per type'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from policy" -f -a "set" -d 'Set the rotation period of a type (a duration such as 90d, or `none`)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from policy" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "set" -d 'Store a value (read from stdin only) as the new current version'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show a version (masked unless --reveal, which is audited)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "list" -d 'List secrets'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "status" -d 'Age, last rotation, next due date and whether overdue'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "history" -d 'Versions and their stages (never values)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a secret and its versions'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "rotate" -d 'Rotate secrets: create, set, test, finish (resumable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "rollback" -d 'Make the previous version current again (re-applied where it is used)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "gen" -d 'Generate a random value (prints it; nothing is stored)'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "policy" -d 'Rotation policies per type'
complete -c mboctl -n "__fish_mboctl_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and not __fish_seen_subcommand_from query tail verify head help" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and not __fish_seen_subcommand_from query tail verify head help" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and not __fish_seen_subcommand_from query tail verify head help" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and not __fish_seen_subcommand_from query tail verify head help" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and not __fish_seen_subcommand_from query tail verify head help" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and not __fish_seen_subcommand_from query tail verify head help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and not __fish_seen_subcommand_from query tail verify head help" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and not __fish_seen_subcommand_from query tail verify head help" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and not __fish_seen_subcommand_from query tail verify head help" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and not __fish_seen_subcommand_from query tail verify head help" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and not __fish_seen_subcommand_from query tail verify head help" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and not __fish_seen_subcommand_from query tail verify head help" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and not __fish_seen_subcommand_from query tail verify head help" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and not __fish_seen_subcommand_from query tail verify head help" -f -a "query" -d 'Query events'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and not __fish_seen_subcommand_from query tail verify head help" -f -a "tail" -d 'The newest events'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and not __fish_seen_subcommand_from query tail verify head help" -f -a "verify" -d 'Verify the hash chain and the remembered head'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and not __fish_seen_subcommand_from query tail verify head help" -f -a "head" -d 'Print the signed chain head, to keep outside the database'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and not __fish_seen_subcommand_from query tail verify head help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l since -d 'From this time, inclusive (RFC 3339 or a duration ago)' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l until -d 'Until this time, exclusive' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l type -d 'Event type (repeatable)' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l user -d 'User id or username' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l role -d 'The acting user\'s role' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l ip -d 'Client address or network (CIDR)' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l resource -d 'Resource kind (user, role, secret, campaign, …)' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l resource-id -d 'Resource id' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l action -d 'Action (create, update, login, …)' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l min-confidence -d 'Only AI events with at least this confidence (0-1)' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l contains -d 'Only events whose JSON contains TEXT' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l limit -d 'At most N events (the oldest N of the match; `audit tail` shows the newest)' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from query" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l ai-initiated -d 'Only AI-initiated events'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l human -d 'Only events not initiated by AI'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from query" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from query" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from query" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from query" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from query" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from query" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -s n -l lines -d 'How many events' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -s f -l follow -d 'Keep printing new events as they are written (until interrupted)'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from tail" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l head -d 'Also check against a signed head kept elsewhere (output of `audit head`)' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from head" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l accept -d 'Check the chain and make its current end the remembered head (after a restore)'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from head" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from head" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from head" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from head" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from head" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "query" -d 'Query events'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "tail" -d 'The newest events'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Verify the hash chain and the remembered head'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "head" -d 'Print the signed chain head, to keep outside the database'
complete -c mboctl -n "__fish_mboctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mboctl -n "__fish_mboctl_using_subcommand completions" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand completions" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand completions" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand completions" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand completions" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand completions" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand completions" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand completions" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand completions" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand completions" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand completions" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand __keyring-probe" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand __keyring-probe" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand __keyring-probe" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand __keyring-probe" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand __keyring-probe" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand __keyring-probe" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand __keyring-probe" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand __keyring-probe" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand __keyring-probe" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand __keyring-probe" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand __keyring-probe" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand __keyring-probe" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand __keyring-probe" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand __keyring-read" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand __keyring-read" -l profile -d 'Named profile inside the config file [default: default]' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand __keyring-read" -l data-dir -d 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]' -r -F
complete -c mboctl -n "__fish_mboctl_using_subcommand __keyring-read" -l backend -d 'Backend URL: sqlite://PATH (default) or postgres://…' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand __keyring-read" -l secret-store -d 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws' -r
complete -c mboctl -n "__fish_mboctl_using_subcommand __keyring-read" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand __keyring-read" -l color -d 'Colour: auto (only on a terminal; honours NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c mboctl -n "__fish_mboctl_using_subcommand __keyring-read" -l no-input -d 'Never prompt (implied when stdin is not a terminal)'
complete -c mboctl -n "__fish_mboctl_using_subcommand __keyring-read" -s y -l yes -d 'Confirm a destructive action'
complete -c mboctl -n "__fish_mboctl_using_subcommand __keyring-read" -s q -l quiet -d 'Less diagnostics on stderr'
complete -c mboctl -n "__fish_mboctl_using_subcommand __keyring-read" -s v -l verbose -d 'More diagnostics on stderr (repeatable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand __keyring-read" -s h -l help -d 'Print help'
complete -c mboctl -n "__fish_mboctl_using_subcommand __keyring-read" -s V -l version -d 'Print version'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami recover user role can mfa secret audit completions __keyring-probe __keyring-read help" -f -a "init" -d 'Create the backend, the master key, the internal keys and the first admin'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami recover user role can mfa secret audit completions __keyring-probe __keyring-read help" -f -a "login" -d 'Log in as an operator (password, then TOTP or a backup code)'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami recover user role can mfa secret audit completions __keyring-probe __keyring-read help" -f -a "logout" -d 'End the current session'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami recover user role can mfa secret audit completions __keyring-probe __keyring-read help" -f -a "whoami" -d 'Show who you are acting as'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami recover user role can mfa secret audit completions __keyring-probe __keyring-read help" -f -a "recover" -d 'Break-glass: reset a user\'s MFA and password (needs MBOCTL_MASTER_KEY and --yes)'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami recover user role can mfa secret audit completions __keyring-probe __keyring-read help" -f -a "user" -d 'Manage users and service accounts'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami recover user role can mfa secret audit completions __keyring-probe __keyring-read help" -f -a "role" -d 'Manage roles'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami recover user role can mfa secret audit completions __keyring-probe __keyring-read help" -f -a "can" -d 'Does USER hold PERMISSION? Prints yes (exit 0) or no (exit 1)'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami recover user role can mfa secret audit completions __keyring-probe __keyring-read help" -f -a "mfa" -d 'Multi-factor authentication'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami recover user role can mfa secret audit completions __keyring-probe __keyring-read help" -f -a "secret" -d 'Secrets: values, versions, policies and safe, resumable rotation'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami recover user role can mfa secret audit completions __keyring-probe __keyring-read help" -f -a "audit" -d 'The tamper-evident audit trail'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami recover user role can mfa secret audit completions __keyring-probe __keyring-read help" -f -a "completions" -d 'Print a shell completion script'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami recover user role can mfa secret audit completions __keyring-probe __keyring-read help" -f -a "__keyring-probe" -d 'Internal: read the master key back from the OS keyring and print its check value'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami recover user role can mfa secret audit completions __keyring-probe __keyring-read help" -f -a "__keyring-read" -d 'Internal: print the SHA-256 of a keyring secret entry (proof of persistence)'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami recover user role can mfa secret audit completions __keyring-probe __keyring-read help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Add a user or service account'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List users'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show one user'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "set-role" -d 'Change a user\'s role (ends their sessions)'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "disable" -d 'Disable a user (ends their sessions)'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "enable" -d 'Enable a disabled user'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "remove" -d 'Remove a user (ends their sessions)'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "passwd" -d 'Change a password: your own (current password first), or NAME\'s with users:manage'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "token" -d 'Service-account tokens'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "review" -d 'Monthly access review report'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "list" -d 'List roles'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "show" -d 'Show a role\'s permissions'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "create" -d 'Create a custom role'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "delete" -d 'Delete a custom role'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "permissions" -d 'List every permission'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from mfa" -f -a "enroll" -d 'Start enrolment (a new pending seed); replacing a confirmed one needs --code'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from mfa" -f -a "confirm" -d 'Confirm enrolment with a code from the new seed'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from mfa" -f -a "status" -d 'MFA state (yours, or NAME\'s with users:read)'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from mfa" -f -a "backup-codes" -d 'Backup codes'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from mfa" -f -a "reset" -d 'Force re-enrolment of a user (ends their sessions)'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "set" -d 'Store a value (read from stdin only) as the new current version'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "get" -d 'Show a version (masked unless --reveal, which is audited)'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "list" -d 'List secrets'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "status" -d 'Age, last rotation, next due date and whether overdue'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "history" -d 'Versions and their stages (never values)'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "delete" -d 'Delete a secret and its versions'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "rotate" -d 'Rotate secrets: create, set, test, finish (resumable)'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "rollback" -d 'Make the previous version current again (re-applied where it is used)'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "gen" -d 'Generate a random value (prints it; nothing is stored)'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "policy" -d 'Rotation policies per type'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "query" -d 'Query events'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "tail" -d 'The newest events'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Verify the hash chain and the remembered head'
complete -c mboctl -n "__fish_mboctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "head" -d 'Print the signed chain head, to keep outside the database'
