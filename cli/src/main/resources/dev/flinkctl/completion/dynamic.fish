
# The subcommand path typed so far, e.g. "snapshot create" (words the tree does not know are skipped).
function __flinkctl_path
    set -l path ''
    for word in (commandline -opc)[2..-1]
        set -l next (string trim -- "$path $word")
        if contains -- $next $__flinkctl_commands
            set path $next
        end
    end
    echo $path
end

# True when the subcommand path typed so far is exactly $argv[1].
function __flinkctl_using
    set -l path (__flinkctl_path)
    test "$path" = "$argv[1]"
end

# Prints the live candidates of one kind (applications, snapshots, versions, profiles) for the line being completed,
# from `flinkctl __complete`, which answers from its cache (30 s) or asks the target. The shell never waits more
# than a second: when flinkctl takes longer, the lookup goes on in the background and fills the cache for the next
# Tab.
function __flinkctl_dynamic
    set -l words (commandline -opc)[2..-1] (commandline -ct)
    if not command -q timeout
        flinkctl __complete $argv[1] -- $words 2>/dev/null
        return
    end
    timeout 1 flinkctl __complete $argv[1] -- $words 2>/dev/null
    if test $status -eq 124
        flinkctl __complete $argv[1] -- $words >/dev/null 2>&1 &
        disown 2>/dev/null
    end
end
