
use builtin;
use str;

set edit:completion:arg-completer[mboctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'mboctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'mboctl'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the backend, the master key, the internal keys and the first admin'
            cand login 'Log in as an operator (password, then TOTP or a backup code)'
            cand logout 'End the current session'
            cand whoami 'Show who you are acting as'
            cand recover 'Break-glass: reset a user''s MFA and password (needs MBOCTL_MASTER_KEY and --yes)'
            cand user 'Manage users and service accounts'
            cand role 'Manage roles'
            cand can 'Does USER hold PERMISSION? Prints yes (exit 0) or no (exit 1)'
            cand mfa 'Multi-factor authentication'
            cand secret 'Secrets: values, versions, policies and safe, resumable rotation'
            cand audit 'The tamper-evident audit trail'
            cand completions 'Print a shell completion script'
            cand __keyring-probe 'Internal: read the master key back from the OS keyring and print its check value'
            cand __keyring-read 'Internal: print the SHA-256 of a keyring secret entry (proof of persistence)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mboctl;init'= {
            cand --admin 'The first admin''s username [default: your OS user name, normalised]'
            cand --email 'The first admin''s email'
            cand --key-store 'Where to keep the new master key: a 0600 key file, or the OS keyring (Secret Service; used only if a new process can read the key back, else a key file)'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --password-stdin 'Read the admin password from the first line of stdin'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;login'= {
            cand --code 'A TOTP code from your authenticator'
            cand --backup-code 'A one-time backup code'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand --print-token 'Also print the session token (to use as MBOCTL_TOKEN elsewhere; treat it as a secret)'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;logout'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;whoami'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;recover'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --password-stdin 'Read the new password from the first line of stdin'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;user'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a user or service account'
            cand list 'List users'
            cand show 'Show one user'
            cand set-role 'Change a user''s role (ends their sessions)'
            cand disable 'Disable a user (ends their sessions)'
            cand enable 'Enable a disabled user'
            cand remove 'Remove a user (ends their sessions)'
            cand passwd 'Change a password: your own (current password first), or NAME''s with users:manage'
            cand token 'Service-account tokens'
            cand review 'Monthly access review report'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mboctl;user;add'= {
            cand --role 'Role to assign'
            cand --email 'Contact email'
            cand --expires 'Service account lifetime (e.g. 90d)'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand --generate-password 'Generate a password and show it once'
            cand --service 'A service account (no password, no MFA; token authentication)'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;user;list'= {
            cand --role 'Only users holding this role'
            cand --mfa 'Only users in this MFA state'
            cand --status 'Only active or only disabled users'
            cand --stale 'Only users who have not logged in for this long (e.g. 90d)'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;user;show'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;user;set-role'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;user;disable'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;user;enable'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;user;remove'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;user;passwd'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --password-stdin 'Read from stdin: for your own password, the current one on the first line and the new one on the second; for NAME, the new one on the first line'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;user;token'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a token for a service account (shown once)'
            cand revoke 'Revoke a token'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mboctl;user;token;create'= {
            cand --ttl 'Lifetime [default: 90d]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;user;token;revoke'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;user;token;help'= {
            cand create 'Create a token for a service account (shown once)'
            cand revoke 'Revoke a token'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mboctl;user;token;help;create'= {
        }
        &'mboctl;user;token;help;revoke'= {
        }
        &'mboctl;user;token;help;help'= {
        }
        &'mboctl;user;review'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;user;help'= {
            cand add 'Add a user or service account'
            cand list 'List users'
            cand show 'Show one user'
            cand set-role 'Change a user''s role (ends their sessions)'
            cand disable 'Disable a user (ends their sessions)'
            cand enable 'Enable a disabled user'
            cand remove 'Remove a user (ends their sessions)'
            cand passwd 'Change a password: your own (current password first), or NAME''s with users:manage'
            cand token 'Service-account tokens'
            cand review 'Monthly access review report'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mboctl;user;help;add'= {
        }
        &'mboctl;user;help;list'= {
        }
        &'mboctl;user;help;show'= {
        }
        &'mboctl;user;help;set-role'= {
        }
        &'mboctl;user;help;disable'= {
        }
        &'mboctl;user;help;enable'= {
        }
        &'mboctl;user;help;remove'= {
        }
        &'mboctl;user;help;passwd'= {
        }
        &'mboctl;user;help;token'= {
            cand create 'Create a token for a service account (shown once)'
            cand revoke 'Revoke a token'
        }
        &'mboctl;user;help;token;create'= {
        }
        &'mboctl;user;help;token;revoke'= {
        }
        &'mboctl;user;help;review'= {
        }
        &'mboctl;user;help;help'= {
        }
        &'mboctl;role'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List roles'
            cand show 'Show a role''s permissions'
            cand create 'Create a custom role'
            cand delete 'Delete a custom role'
            cand permissions 'List every permission'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mboctl;role;list'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;role;show'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;role;create'= {
            cand --permission 'Permission to grant (repeatable)'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;role;delete'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;role;permissions'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;role;help'= {
            cand list 'List roles'
            cand show 'Show a role''s permissions'
            cand create 'Create a custom role'
            cand delete 'Delete a custom role'
            cand permissions 'List every permission'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mboctl;role;help;list'= {
        }
        &'mboctl;role;help;show'= {
        }
        &'mboctl;role;help;create'= {
        }
        &'mboctl;role;help;delete'= {
        }
        &'mboctl;role;help;permissions'= {
        }
        &'mboctl;role;help;help'= {
        }
        &'mboctl;can'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;mfa'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand enroll 'Start enrolment (a new pending seed); replacing a confirmed one needs --code'
            cand confirm 'Confirm enrolment with a code from the new seed'
            cand status 'MFA state (yours, or NAME''s with users:read)'
            cand backup-codes 'Backup codes'
            cand reset 'Force re-enrolment of a user (ends their sessions)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mboctl;mfa;enroll'= {
            cand --code 'A code from your current authenticator (required when MFA is already enrolled)'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;mfa;confirm'= {
            cand --code 'A code generated from the pending seed'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;mfa;status'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;mfa;backup-codes'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand regenerate 'Replace your backup codes with ten new ones (shown once)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mboctl;mfa;backup-codes;regenerate'= {
            cand --code 'A current TOTP code (re-authentication)'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;mfa;backup-codes;help'= {
            cand regenerate 'Replace your backup codes with ten new ones (shown once)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mboctl;mfa;backup-codes;help;regenerate'= {
        }
        &'mboctl;mfa;backup-codes;help;help'= {
        }
        &'mboctl;mfa;reset'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;mfa;help'= {
            cand enroll 'Start enrolment (a new pending seed); replacing a confirmed one needs --code'
            cand confirm 'Confirm enrolment with a code from the new seed'
            cand status 'MFA state (yours, or NAME''s with users:read)'
            cand backup-codes 'Backup codes'
            cand reset 'Force re-enrolment of a user (ends their sessions)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mboctl;mfa;help;enroll'= {
        }
        &'mboctl;mfa;help;confirm'= {
        }
        &'mboctl;mfa;help;status'= {
        }
        &'mboctl;mfa;help;backup-codes'= {
            cand regenerate 'Replace your backup codes with ten new ones (shown once)'
        }
        &'mboctl;mfa;help;backup-codes;regenerate'= {
        }
        &'mboctl;mfa;help;reset'= {
        }
        &'mboctl;mfa;help;help'= {
        }
        &'mboctl;secret'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Store a value (read from stdin only) as the new current version'
            cand get 'Show a version (masked unless --reveal, which is audited)'
            cand list 'List secrets'
            cand status 'Age, last rotation, next due date and whether overdue'
            cand history 'Versions and their stages (never values)'
            cand delete 'Delete a secret and its versions'
            cand rotate 'Rotate secrets: create, set, test, finish (resumable)'
            cand rollback 'Make the previous version current again (re-applied where it is used)'
            cand gen 'Generate a random value (prints it; nothing is stored)'
            cand policy 'Rotation policies per type'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mboctl;secret;set'= {
            cand --type 'api_key, db_password, jwt_secret, oauth_token or generic'
            cand --rotation 'Rotator: random[:hex|base64|password[:N]], jwt, postgres, manual [default: kept, else by type]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --value-stdin 'Read the value from the first line of stdin (required: values never come from argv)'
            cand --force 'Abandon an interrupted rotation of this secret (its pending value is dropped)'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;secret;get'= {
            cand --stage 'current, previous or pending'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --reveal 'Print the value (needs secrets:reveal; recorded as SECRET_READ)'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;secret;list'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;secret;status'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --due 'Only the ones due now'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;secret;history'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;secret;delete'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;secret;rotate'= {
            cand --parallel 'How many secrets to rotate at once'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --due 'Every secret whose policy says it is due'
            cand --all 'Every secret with a rotator (mboctl/ and oauth/ only when named)'
            cand --dry-run 'Print the plan (what, why, which rotator) and change nothing'
            cand --force 'With --due, also the ones not yet due; with named secrets, rotate a JWT key again inside the overlap window that keeps tokens signed with its previous key valid'
            cand --value-stdin 'The new value for a manually rotated secret, from the first line of stdin'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;secret;rollback'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;secret;gen'= {
            cand --hex 'BYTES random bytes, hex-encoded'
            cand --base64 'BYTES random bytes, base64-encoded'
            cand --password 'A password of LEN characters'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;secret;policy'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Rotation period per type'
            cand set 'Set the rotation period of a type (a duration such as 90d, or `none`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mboctl;secret;policy;show'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;secret;policy;set'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;secret;policy;help'= {
            cand show 'Rotation period per type'
            cand set 'Set the rotation period of a type (a duration such as 90d, or `none`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mboctl;secret;policy;help;show'= {
        }
        &'mboctl;secret;policy;help;set'= {
        }
        &'mboctl;secret;policy;help;help'= {
        }
        &'mboctl;secret;help'= {
            cand set 'Store a value (read from stdin only) as the new current version'
            cand get 'Show a version (masked unless --reveal, which is audited)'
            cand list 'List secrets'
            cand status 'Age, last rotation, next due date and whether overdue'
            cand history 'Versions and their stages (never values)'
            cand delete 'Delete a secret and its versions'
            cand rotate 'Rotate secrets: create, set, test, finish (resumable)'
            cand rollback 'Make the previous version current again (re-applied where it is used)'
            cand gen 'Generate a random value (prints it; nothing is stored)'
            cand policy 'Rotation policies per type'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mboctl;secret;help;set'= {
        }
        &'mboctl;secret;help;get'= {
        }
        &'mboctl;secret;help;list'= {
        }
        &'mboctl;secret;help;status'= {
        }
        &'mboctl;secret;help;history'= {
        }
        &'mboctl;secret;help;delete'= {
        }
        &'mboctl;secret;help;rotate'= {
        }
        &'mboctl;secret;help;rollback'= {
        }
        &'mboctl;secret;help;gen'= {
        }
        &'mboctl;secret;help;policy'= {
            cand show 'Rotation period per type'
            cand set 'Set the rotation period of a type (a duration such as 90d, or `none`)'
        }
        &'mboctl;secret;help;policy;show'= {
        }
        &'mboctl;secret;help;policy;set'= {
        }
        &'mboctl;secret;help;help'= {
        }
        &'mboctl;audit'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand query 'Query events'
            cand tail 'The newest events'
            cand verify 'Verify the hash chain and the remembered head'
            cand head 'Print the signed chain head, to keep outside the database'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mboctl;audit;query'= {
            cand --since 'From this time, inclusive (RFC 3339 or a duration ago)'
            cand --until 'Until this time, exclusive'
            cand --type 'Event type (repeatable)'
            cand --user 'User id or username'
            cand --role 'The acting user''s role'
            cand --ip 'Client address or network (CIDR)'
            cand --resource 'Resource kind (user, role, secret, campaign, …)'
            cand --resource-id 'Resource id'
            cand --action 'Action (create, update, login, …)'
            cand --min-confidence 'Only AI events with at least this confidence (0-1)'
            cand --contains 'Only events whose JSON contains TEXT'
            cand --limit 'At most N events (the oldest N of the match; `audit tail` shows the newest)'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --ai-initiated 'Only AI-initiated events'
            cand --human 'Only events not initiated by AI'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;audit;tail'= {
            cand -n 'How many events'
            cand --lines 'How many events'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand -f 'Keep printing new events as they are written (until interrupted)'
            cand --follow 'Keep printing new events as they are written (until interrupted)'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;audit;verify'= {
            cand --head 'Also check against a signed head kept elsewhere (output of `audit head`)'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;audit;head'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --accept 'Check the chain and make its current end the remembered head (after a restore)'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;audit;help'= {
            cand query 'Query events'
            cand tail 'The newest events'
            cand verify 'Verify the hash chain and the remembered head'
            cand head 'Print the signed chain head, to keep outside the database'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mboctl;audit;help;query'= {
        }
        &'mboctl;audit;help;tail'= {
        }
        &'mboctl;audit;help;verify'= {
        }
        &'mboctl;audit;help;head'= {
        }
        &'mboctl;audit;help;help'= {
        }
        &'mboctl;completions'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;__keyring-probe'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;__keyring-read'= {
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]'
            cand --profile 'Named profile inside the config file [default: default]'
            cand --data-dir 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]'
            cand --backend 'Backend URL: sqlite://PATH (default) or postgres://…'
            cand --secret-store 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'Colour: auto (only on a terminal; honours NO_COLOR), always, never'
            cand --no-input 'Never prompt (implied when stdin is not a terminal)'
            cand -y 'Confirm a destructive action'
            cand --yes 'Confirm a destructive action'
            cand -q 'Less diagnostics on stderr'
            cand --quiet 'Less diagnostics on stderr'
            cand -v 'More diagnostics on stderr (repeatable)'
            cand --verbose 'More diagnostics on stderr (repeatable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mboctl;help'= {
            cand init 'Create the backend, the master key, the internal keys and the first admin'
            cand login 'Log in as an operator (password, then TOTP or a backup code)'
            cand logout 'End the current session'
            cand whoami 'Show who you are acting as'
            cand recover 'Break-glass: reset a user''s MFA and password (needs MBOCTL_MASTER_KEY and --yes)'
            cand user 'Manage users and service accounts'
            cand role 'Manage roles'
            cand can 'Does USER hold PERMISSION? Prints yes (exit 0) or no (exit 1)'
            cand mfa 'Multi-factor authentication'
            cand secret 'Secrets: values, versions, policies and safe, resumable rotation'
            cand audit 'The tamper-evident audit trail'
            cand completions 'Print a shell completion script'
            cand __keyring-probe 'Internal: read the master key back from the OS keyring and print its check value'
            cand __keyring-read 'Internal: print the SHA-256 of a keyring secret entry (proof of persistence)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mboctl;help;init'= {
        }
        &'mboctl;help;login'= {
        }
        &'mboctl;help;logout'= {
        }
        &'mboctl;help;whoami'= {
        }
        &'mboctl;help;recover'= {
        }
        &'mboctl;help;user'= {
            cand add 'Add a user or service account'
            cand list 'List users'
            cand show 'Show one user'
            cand set-role 'Change a user''s role (ends their sessions)'
            cand disable 'Disable a user (ends their sessions)'
            cand enable 'Enable a disabled user'
            cand remove 'Remove a user (ends their sessions)'
            cand passwd 'Change a password: your own (current password first), or NAME''s with users:manage'
            cand token 'Service-account tokens'
            cand review 'Monthly access review report'
        }
        &'mboctl;help;user;add'= {
        }
        &'mboctl;help;user;list'= {
        }
        &'mboctl;help;user;show'= {
        }
        &'mboctl;help;user;set-role'= {
        }
        &'mboctl;help;user;disable'= {
        }
        &'mboctl;help;user;enable'= {
        }
        &'mboctl;help;user;remove'= {
        }
        &'mboctl;help;user;passwd'= {
        }
        &'mboctl;help;user;token'= {
            cand create 'Create a token for a service account (shown once)'
            cand revoke 'Revoke a token'
        }
        &'mboctl;help;user;token;create'= {
        }
        &'mboctl;help;user;token;revoke'= {
        }
        &'mboctl;help;user;review'= {
        }
        &'mboctl;help;role'= {
            cand list 'List roles'
            cand show 'Show a role''s permissions'
            cand create 'Create a custom role'
            cand delete 'Delete a custom role'
            cand permissions 'List every permission'
        }
        &'mboctl;help;role;list'= {
        }
        &'mboctl;help;role;show'= {
        }
        &'mboctl;help;role;create'= {
        }
        &'mboctl;help;role;delete'= {
        }
        &'mboctl;help;role;permissions'= {
        }
        &'mboctl;help;can'= {
        }
        &'mboctl;help;mfa'= {
            cand enroll 'Start enrolment (a new pending seed); replacing a confirmed one needs --code'
            cand confirm 'Confirm enrolment with a code from the new seed'
            cand status 'MFA state (yours, or NAME''s with users:read)'
            cand backup-codes 'Backup codes'
            cand reset 'Force re-enrolment of a user (ends their sessions)'
        }
        &'mboctl;help;mfa;enroll'= {
        }
        &'mboctl;help;mfa;confirm'= {
        }
        &'mboctl;help;mfa;status'= {
        }
        &'mboctl;help;mfa;backup-codes'= {
            cand regenerate 'Replace your backup codes with ten new ones (shown once)'
        }
        &'mboctl;help;mfa;backup-codes;regenerate'= {
        }
        &'mboctl;help;mfa;reset'= {
        }
        &'mboctl;help;secret'= {
            cand set 'Store a value (read from stdin only) as the new current version'
            cand get 'Show a version (masked unless --reveal, which is audited)'
            cand list 'List secrets'
            cand status 'Age, last rotation, next due date and whether overdue'
            cand history 'Versions and their stages (never values)'
            cand delete 'Delete a secret and its versions'
            cand rotate 'Rotate secrets: create, set, test, finish (resumable)'
            cand rollback 'Make the previous version current again (re-applied where it is used)'
            cand gen 'Generate a random value (prints it; nothing is stored)'
            cand policy 'Rotation policies per type'
        }
        &'mboctl;help;secret;set'= {
        }
        &'mboctl;help;secret;get'= {
        }
        &'mboctl;help;secret;list'= {
        }
        &'mboctl;help;secret;status'= {
        }
        &'mboctl;help;secret;history'= {
        }
        &'mboctl;help;secret;delete'= {
        }
        &'mboctl;help;secret;rotate'= {
        }
        &'mboctl;help;secret;rollback'= {
        }
        &'mboctl;help;secret;gen'= {
        }
        &'mboctl;help;secret;policy'= {
            cand show 'Rotation period per type'
            cand set 'Set the rotation period of a type (a duration such as 90d, or `none`)'
        }
        &'mboctl;help;secret;policy;show'= {
        }
        &'mboctl;help;secret;policy;set'= {
        }
        &'mboctl;help;audit'= {
            cand query 'Query events'
            cand tail 'The newest events'
            cand verify 'Verify the hash chain and the remembered head'
            cand head 'Print the signed chain head, to keep outside the database'
        }
        &'mboctl;help;audit;query'= {
        }
        &'mboctl;help;audit;tail'= {
        }
        &'mboctl;help;audit;verify'= {
        }
        &'mboctl;help;audit;head'= {
        }
        &'mboctl;help;completions'= {
        }
        &'mboctl;help;__keyring-probe'= {
        }
        &'mboctl;help;__keyring-read'= {
        }
        &'mboctl;help;help'= {
        }
    ]
    $completions[$command]
}
