
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

# The index of the positional parameter being completed: the words after the subcommand path that are neither
# options nor option values.
function __flinkctl_index
    set -l path ''
    set -l index 0
    set -l value 0
    for word in (commandline -opc)[2..-1]
        if test $value -eq 1
            set value 0
        else if string match -q -- '-*' $word
            contains -- $word $__flinkctl_value_options; and set value 1
        else if test $index -eq 0; and contains -- (string trim -- "$path $word") $__flinkctl_commands
            set path (string trim -- "$path $word")
        else
            set index (math $index + 1)
        end
    end
    echo $index
end

# True when the subcommand path is exactly $argv[1] and the positional parameter being completed has an index from
# $argv[2] to $argv[3] (-1: no end).
function __flinkctl_at
    __flinkctl_using $argv[1]; or return 1
    set -l index (__flinkctl_index)
    test $index -ge $argv[2]; and begin; test $argv[3] -lt 0; or test $index -le $argv[3]; end
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
