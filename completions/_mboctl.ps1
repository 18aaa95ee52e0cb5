
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'mboctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'mboctl'
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
        'mboctl' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the backend, the master key, the internal keys and the first admin')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in as an operator (password, then TOTP or a backup code)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the current session')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show who you are acting as')
            [CompletionResult]::new('recover', 'recover', [CompletionResultType]::ParameterValue, 'Break-glass: reset a user''s MFA and password (needs MBOCTL_MASTER_KEY and --yes)')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Manage users and service accounts')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Manage roles')
            [CompletionResult]::new('can', 'can', [CompletionResultType]::ParameterValue, 'Does USER hold PERMISSION? Prints yes (exit 0) or no (exit 1)')
            [CompletionResult]::new('mfa', 'mfa', [CompletionResultType]::ParameterValue, 'Multi-factor authentication')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Secrets: values, versions, policies and safe, resumable rotation')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The tamper-evident audit trail')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('__keyring-probe', '__keyring-probe', [CompletionResultType]::ParameterValue, 'Internal: read the master key back from the OS keyring and print its check value')
            [CompletionResult]::new('__keyring-read', '__keyring-read', [CompletionResultType]::ParameterValue, 'Internal: print the SHA-256 of a keyring secret entry (proof of persistence)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mboctl;init' {
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'The first admin''s username [default: your OS user name, normalised]')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The first admin''s email')
            [CompletionResult]::new('--key-store', '--key-store', [CompletionResultType]::ParameterName, 'Where to keep the new master key: a 0600 key file, or the OS keyring (Secret Service; used only if a new process can read the key back, else a key file)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the admin password from the first line of stdin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;login' {
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'A TOTP code from your authenticator')
            [CompletionResult]::new('--backup-code', '--backup-code', [CompletionResultType]::ParameterName, 'A one-time backup code')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--print-token', '--print-token', [CompletionResultType]::ParameterName, 'Also print the session token (to use as MBOCTL_TOKEN elsewhere; treat it as a secret)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;logout' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;whoami' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;recover' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the new password from the first line of stdin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;user' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user or service account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('set-role', 'set-role', [CompletionResultType]::ParameterValue, 'Change a user''s role (ends their sessions)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a user (ends their sessions)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a disabled user')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user (ends their sessions)')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change a password: your own (current password first), or NAME''s with users:manage')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Service-account tokens')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Monthly access review report')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mboctl;user;add' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role to assign')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Contact email')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'Service account lifetime (e.g. 90d)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--generate-password', '--generate-password', [CompletionResultType]::ParameterName, 'Generate a password and show it once')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'A service account (no password, no MFA; token authentication)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;user;list' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only users holding this role')
            [CompletionResult]::new('--mfa', '--mfa', [CompletionResultType]::ParameterName, 'Only users in this MFA state')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only active or only disabled users')
            [CompletionResult]::new('--stale', '--stale', [CompletionResultType]::ParameterName, 'Only users who have not logged in for this long (e.g. 90d)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;user;show' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;user;set-role' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;user;disable' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;user;enable' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;user;remove' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;user;passwd' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read from stdin: for your own password, the current one on the first line and the new one on the second; for NAME, the new one on the first line')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;user;token' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token for a service account (shown once)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mboctl;user;token;create' {
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Lifetime [default: 90d]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;user;token;revoke' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;user;token;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token for a service account (shown once)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mboctl;user;token;help;create' {
            break
        }
        'mboctl;user;token;help;revoke' {
            break
        }
        'mboctl;user;token;help;help' {
            break
        }
        'mboctl;user;review' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user or service account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('set-role', 'set-role', [CompletionResultType]::ParameterValue, 'Change a user''s role (ends their sessions)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a user (ends their sessions)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a disabled user')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user (ends their sessions)')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change a password: your own (current password first), or NAME''s with users:manage')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Service-account tokens')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Monthly access review report')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mboctl;user;help;add' {
            break
        }
        'mboctl;user;help;list' {
            break
        }
        'mboctl;user;help;show' {
            break
        }
        'mboctl;user;help;set-role' {
            break
        }
        'mboctl;user;help;disable' {
            break
        }
        'mboctl;user;help;enable' {
            break
        }
        'mboctl;user;help;remove' {
            break
        }
        'mboctl;user;help;passwd' {
            break
        }
        'mboctl;user;help;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token for a service account (shown once)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token')
            break
        }
        'mboctl;user;help;token;create' {
            break
        }
        'mboctl;user;help;token;revoke' {
            break
        }
        'mboctl;user;help;review' {
            break
        }
        'mboctl;user;help;help' {
            break
        }
        'mboctl;role' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a role''s permissions')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a custom role')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a custom role')
            [CompletionResult]::new('permissions', 'permissions', [CompletionResultType]::ParameterValue, 'List every permission')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mboctl;role;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;role;show' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;role;create' {
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Permission to grant (repeatable)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;role;delete' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;role;permissions' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;role;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a role''s permissions')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a custom role')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a custom role')
            [CompletionResult]::new('permissions', 'permissions', [CompletionResultType]::ParameterValue, 'List every permission')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mboctl;role;help;list' {
            break
        }
        'mboctl;role;help;show' {
            break
        }
        'mboctl;role;help;create' {
            break
        }
        'mboctl;role;help;delete' {
            break
        }
        'mboctl;role;help;permissions' {
            break
        }
        'mboctl;role;help;help' {
            break
        }
        'mboctl;can' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;mfa' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('enroll', 'enroll', [CompletionResultType]::ParameterValue, 'Start enrolment (a new pending seed); replacing a confirmed one needs --code')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Confirm enrolment with a code from the new seed')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'MFA state (yours, or NAME''s with users:read)')
            [CompletionResult]::new('backup-codes', 'backup-codes', [CompletionResultType]::ParameterValue, 'Backup codes')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Force re-enrolment of a user (ends their sessions)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mboctl;mfa;enroll' {
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'A code from your current authenticator (required when MFA is already enrolled)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;mfa;confirm' {
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'A code generated from the pending seed')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;mfa;status' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;mfa;backup-codes' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('regenerate', 'regenerate', [CompletionResultType]::ParameterValue, 'Replace your backup codes with ten new ones (shown once)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mboctl;mfa;backup-codes;regenerate' {
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'A current TOTP code (re-authentication)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;mfa;backup-codes;help' {
            [CompletionResult]::new('regenerate', 'regenerate', [CompletionResultType]::ParameterValue, 'Replace your backup codes with ten new ones (shown once)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mboctl;mfa;backup-codes;help;regenerate' {
            break
        }
        'mboctl;mfa;backup-codes;help;help' {
            break
        }
        'mboctl;mfa;reset' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;mfa;help' {
            [CompletionResult]::new('enroll', 'enroll', [CompletionResultType]::ParameterValue, 'Start enrolment (a new pending seed); replacing a confirmed one needs --code')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Confirm enrolment with a code from the new seed')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'MFA state (yours, or NAME''s with users:read)')
            [CompletionResult]::new('backup-codes', 'backup-codes', [CompletionResultType]::ParameterValue, 'Backup codes')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Force re-enrolment of a user (ends their sessions)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mboctl;mfa;help;enroll' {
            break
        }
        'mboctl;mfa;help;confirm' {
            break
        }
        'mboctl;mfa;help;status' {
            break
        }
        'mboctl;mfa;help;backup-codes' {
            [CompletionResult]::new('regenerate', 'regenerate', [CompletionResultType]::ParameterValue, 'Replace your backup codes with ten new ones (shown once)')
            break
        }
        'mboctl;mfa;help;backup-codes;regenerate' {
            break
        }
        'mboctl;mfa;help;reset' {
            break
        }
        'mboctl;mfa;help;help' {
            break
        }
        'mboctl;secret' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store a value (read from stdin only) as the new current version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a version (masked unless --reveal, which is audited)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List secrets')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Age, last rotation, next due date and whether overdue')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Versions and their stages (never values)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a secret and its versions')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Rotate secrets: create, set, test, finish (resumable)')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Make the previous version current again (re-applied where it is used)')
            [CompletionResult]::new('gen', 'gen', [CompletionResultType]::ParameterValue, 'Generate a random value (prints it; nothing is stored)')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Rotation policies per type')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mboctl;secret;set' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'api_key, db_password, jwt_secret, oauth_token or generic')
            [CompletionResult]::new('--rotation', '--rotation', [CompletionResultType]::ParameterName, 'Rotator: random[:hex|base64|password[:N]], jwt, postgres, manual [default: kept, else by type]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--value-stdin', '--value-stdin', [CompletionResultType]::ParameterName, 'Read the value from the first line of stdin (required: values never come from argv)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Abandon an interrupted rotation of this secret (its pending value is dropped)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;secret;get' {
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'current, previous or pending')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Print the value (needs secrets:reveal; recorded as SECRET_READ)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;secret;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;secret;status' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'Only the ones due now')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;secret;history' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;secret;delete' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;secret;rotate' {
            [CompletionResult]::new('--parallel', '--parallel', [CompletionResultType]::ParameterName, 'How many secrets to rotate at once')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'Every secret whose policy says it is due')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every secret with a rotator (mboctl/ and oauth/ only when named)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (what, why, which rotator) and change nothing')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --due, also the ones not yet due; with named secrets, rotate a JWT key again inside the overlap window that keeps tokens signed with its previous key valid')
            [CompletionResult]::new('--value-stdin', '--value-stdin', [CompletionResultType]::ParameterName, 'The new value for a manually rotated secret, from the first line of stdin')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;secret;rollback' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;secret;gen' {
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'BYTES random bytes, hex-encoded')
            [CompletionResult]::new('--base64', '--base64', [CompletionResultType]::ParameterName, 'BYTES random bytes, base64-encoded')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'A password of LEN characters')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;secret;policy' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Rotation period per type')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the rotation period of a type (a duration such as 90d, or `none`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mboctl;secret;policy;show' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;secret;policy;set' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;secret;policy;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Rotation period per type')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the rotation period of a type (a duration such as 90d, or `none`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mboctl;secret;policy;help;show' {
            break
        }
        'mboctl;secret;policy;help;set' {
            break
        }
        'mboctl;secret;policy;help;help' {
            break
        }
        'mboctl;secret;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store a value (read from stdin only) as the new current version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a version (masked unless --reveal, which is audited)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List secrets')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Age, last rotation, next due date and whether overdue')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Versions and their stages (never values)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a secret and its versions')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Rotate secrets: create, set, test, finish (resumable)')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Make the previous version current again (re-applied where it is used)')
            [CompletionResult]::new('gen', 'gen', [CompletionResultType]::ParameterValue, 'Generate a random value (prints it; nothing is stored)')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Rotation policies per type')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mboctl;secret;help;set' {
            break
        }
        'mboctl;secret;help;get' {
            break
        }
        'mboctl;secret;help;list' {
            break
        }
        'mboctl;secret;help;status' {
            break
        }
        'mboctl;secret;help;history' {
            break
        }
        'mboctl;secret;help;delete' {
            break
        }
        'mboctl;secret;help;rotate' {
            break
        }
        'mboctl;secret;help;rollback' {
            break
        }
        'mboctl;secret;help;gen' {
            break
        }
        'mboctl;secret;help;policy' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Rotation period per type')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the rotation period of a type (a duration such as 90d, or `none`)')
            break
        }
        'mboctl;secret;help;policy;show' {
            break
        }
        'mboctl;secret;help;policy;set' {
            break
        }
        'mboctl;secret;help;help' {
            break
        }
        'mboctl;audit' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Query events')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'The newest events')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify the hash chain and the remembered head')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print the signed chain head, to keep outside the database')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mboctl;audit;query' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From this time, inclusive (RFC 3339 or a duration ago)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Until this time, exclusive')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Event type (repeatable)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User id or username')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The acting user''s role')
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'Client address or network (CIDR)')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource kind (user, role, secret, campaign, …)')
            [CompletionResult]::new('--resource-id', '--resource-id', [CompletionResultType]::ParameterName, 'Resource id')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Action (create, update, login, …)')
            [CompletionResult]::new('--min-confidence', '--min-confidence', [CompletionResultType]::ParameterName, 'Only AI events with at least this confidence (0-1)')
            [CompletionResult]::new('--contains', '--contains', [CompletionResultType]::ParameterName, 'Only events whose JSON contains TEXT')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N events (the oldest N of the match; `audit tail` shows the newest)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--ai-initiated', '--ai-initiated', [CompletionResultType]::ParameterName, 'Only AI-initiated events')
            [CompletionResult]::new('--human', '--human', [CompletionResultType]::ParameterName, 'Only events not initiated by AI')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;audit;tail' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many events')
            [CompletionResult]::new('--lines', '--lines', [CompletionResultType]::ParameterName, 'How many events')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Keep printing new events as they are written (until interrupted)')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Keep printing new events as they are written (until interrupted)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;audit;verify' {
            [CompletionResult]::new('--head', '--head', [CompletionResultType]::ParameterName, 'Also check against a signed head kept elsewhere (output of `audit head`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;audit;head' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--accept', '--accept', [CompletionResultType]::ParameterName, 'Check the chain and make its current end the remembered head (after a restore)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;audit;help' {
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Query events')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'The newest events')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify the hash chain and the remembered head')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print the signed chain head, to keep outside the database')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mboctl;audit;help;query' {
            break
        }
        'mboctl;audit;help;tail' {
            break
        }
        'mboctl;audit;help;verify' {
            break
        }
        'mboctl;audit;help;head' {
            break
        }
        'mboctl;audit;help;help' {
            break
        }
        'mboctl;completions' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;__keyring-probe' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;__keyring-read' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile inside the config file [default: default]')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend URL: sqlite://PATH (default) or postgres://…')
            [CompletionResult]::new('--secret-store', '--secret-store', [CompletionResultType]::ParameterName, 'Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal; honours NO_COLOR), always, never')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (implied when stdin is not a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a destructive action')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less diagnostics on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeatable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mboctl;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the backend, the master key, the internal keys and the first admin')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in as an operator (password, then TOTP or a backup code)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End the current session')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show who you are acting as')
            [CompletionResult]::new('recover', 'recover', [CompletionResultType]::ParameterValue, 'Break-glass: reset a user''s MFA and password (needs MBOCTL_MASTER_KEY and --yes)')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Manage users and service accounts')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Manage roles')
            [CompletionResult]::new('can', 'can', [CompletionResultType]::ParameterValue, 'Does USER hold PERMISSION? Prints yes (exit 0) or no (exit 1)')
            [CompletionResult]::new('mfa', 'mfa', [CompletionResultType]::ParameterValue, 'Multi-factor authentication')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Secrets: values, versions, policies and safe, resumable rotation')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The tamper-evident audit trail')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('__keyring-probe', '__keyring-probe', [CompletionResultType]::ParameterValue, 'Internal: read the master key back from the OS keyring and print its check value')
            [CompletionResult]::new('__keyring-read', '__keyring-read', [CompletionResultType]::ParameterValue, 'Internal: print the SHA-256 of a keyring secret entry (proof of persistence)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mboctl;help;init' {
            break
        }
        'mboctl;help;login' {
            break
        }
        'mboctl;help;logout' {
            break
        }
        'mboctl;help;whoami' {
            break
        }
        'mboctl;help;recover' {
            break
        }
        'mboctl;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user or service account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('set-role', 'set-role', [CompletionResultType]::ParameterValue, 'Change a user''s role (ends their sessions)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a user (ends their sessions)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a disabled user')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user (ends their sessions)')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change a password: your own (current password first), or NAME''s with users:manage')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Service-account tokens')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Monthly access review report')
            break
        }
        'mboctl;help;user;add' {
            break
        }
        'mboctl;help;user;list' {
            break
        }
        'mboctl;help;user;show' {
            break
        }
        'mboctl;help;user;set-role' {
            break
        }
        'mboctl;help;user;disable' {
            break
        }
        'mboctl;help;user;enable' {
            break
        }
        'mboctl;help;user;remove' {
            break
        }
        'mboctl;help;user;passwd' {
            break
        }
        'mboctl;help;user;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token for a service account (shown once)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token')
            break
        }
        'mboctl;help;user;token;create' {
            break
        }
        'mboctl;help;user;token;revoke' {
            break
        }
        'mboctl;help;user;review' {
            break
        }
        'mboctl;help;role' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a role''s permissions')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a custom role')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a custom role')
            [CompletionResult]::new('permissions', 'permissions', [CompletionResultType]::ParameterValue, 'List every permission')
            break
        }
        'mboctl;help;role;list' {
            break
        }
        'mboctl;help;role;show' {
            break
        }
        'mboctl;help;role;create' {
            break
        }
        'mboctl;help;role;delete' {
            break
        }
        'mboctl;help;role;permissions' {
            break
        }
        'mboctl;help;can' {
            break
        }
        'mboctl;help;mfa' {
            [CompletionResult]::new('enroll', 'enroll', [CompletionResultType]::ParameterValue, 'Start enrolment (a new pending seed); replacing a confirmed one needs --code')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Confirm enrolment with a code from the new seed')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'MFA state (yours, or NAME''s with users:read)')
            [CompletionResult]::new('backup-codes', 'backup-codes', [CompletionResultType]::ParameterValue, 'Backup codes')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Force re-enrolment of a user (ends their sessions)')
            break
        }
        'mboctl;help;mfa;enroll' {
            break
        }
        'mboctl;help;mfa;confirm' {
            break
        }
        'mboctl;help;mfa;status' {
            break
        }
        'mboctl;help;mfa;backup-codes' {
            [CompletionResult]::new('regenerate', 'regenerate', [CompletionResultType]::ParameterValue, 'Replace your backup codes with ten new ones (shown once)')
            break
        }
        'mboctl;help;mfa;backup-codes;regenerate' {
            break
        }
        'mboctl;help;mfa;reset' {
            break
        }
        'mboctl;help;secret' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store a value (read from stdin only) as the new current version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a version (masked unless --reveal, which is audited)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List secrets')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Age, last rotation, next due date and whether overdue')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Versions and their stages (never values)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a secret and its versions')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Rotate secrets: create, set, test, finish (resumable)')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Make the previous version current again (re-applied where it is used)')
            [CompletionResult]::new('gen', 'gen', [CompletionResultType]::ParameterValue, 'Generate a random value (prints it; nothing is stored)')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Rotation policies per type')
            break
        }
        'mboctl;help;secret;set' {
            break
        }
        'mboctl;help;secret;get' {
            break
        }
        'mboctl;help;secret;list' {
            break
        }
        'mboctl;help;secret;status' {
            break
        }
        'mboctl;help;secret;history' {
            break
        }
        'mboctl;help;secret;delete' {
            break
        }
        'mboctl;help;secret;rotate' {
            break
        }
        'mboctl;help;secret;rollback' {
            break
        }
        'mboctl;help;secret;gen' {
            break
        }
        'mboctl;help;secret;policy' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Rotation period per type')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the rotation period of a type (a duration such as 90d, or `none`)')
            break
        }
        'mboctl;help;secret;policy;show' {
            break
        }
        'mboctl;help;secret;policy;set' {
            break
        }
        'mboctl;help;audit' {
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Query events')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'The newest events')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify the hash chain and the remembered head')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print the signed chain head, to keep outside the database')
            break
        }
        'mboctl;help;audit;query' {
            break
        }
        'mboctl;help;audit;tail' {
            break
        }
        'mboctl;help;audit;verify' {
            break
        }
        'mboctl;help;audit;head' {
            break
        }
        'mboctl;help;completions' {
            break
        }
        'mboctl;help;__keyring-probe' {
            break
        }
        'mboctl;help;__keyring-read' {
            break
        }
        'mboctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
