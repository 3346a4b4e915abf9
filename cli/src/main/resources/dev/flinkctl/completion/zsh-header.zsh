#compdef flinkctl
#
# zsh completion for flinkctl: the bash completion script below, run through zsh's bashcompinit.
# Install: put this file, named _flinkctl, in a directory on $fpath (e.g. ~/.local/share/zsh/site-functions)
# before compinit runs, or load it in the current shell with: source <(flinkctl completion zsh)

# picocli's script calls compopt, which zsh lacks; its alias for it does not reach functions autoloaded from fpath.
(( $+functions[compopt] )) || compopt() { return 0; }

