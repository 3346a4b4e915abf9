package dev.flinkctl.option;

import dev.flinkctl.FlinkctlException;
import dev.flinkctl.run.PropertyOverride;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code --property GROUP.KEY=VALUE} values. */
public final class PropertyOverrideConverter implements ITypeConverter<PropertyOverride> {

    /** @throws TypeConversionException (exit code 2) showing the expected form */
    @Override
    public PropertyOverride convert(String value) {
        try {
            return PropertyOverride.parse(value);
        } catch (FlinkctlException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
