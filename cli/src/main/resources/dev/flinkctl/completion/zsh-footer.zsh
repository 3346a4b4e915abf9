
# Autoloaded from $fpath as the function _flinkctl: the lines above have registered the completion, so complete
# the word that caused the autoload too.
if [[ "${funcstack[1]:-}" == _flinkctl ]]; then
  _bash_complete -F _complete_flinkctl
fi
