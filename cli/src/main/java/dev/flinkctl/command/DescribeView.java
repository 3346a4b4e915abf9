package dev.flinkctl.command;

import dev.flinkctl.msf.ApplicationDescription;
import dev.flinkctl.msf.ApplicationDescription.Field;
import dev.flinkctl.msf.ApplicationDescription.Section;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.output.Printer;

/** Renders an {@link ApplicationDescription}: titled sections of aligned key: value lines, or the API document. */
final class DescribeView {
    private DescribeView() {
    }

    static void print(Printer printer, ApplicationDescription description, OutputOptions output) {
        if (output.structured()) {
            printer.document(description.document(), output.format() == OutputOptions.Format.yaml);
            return;
        }
        boolean first = true;
        for (Section section : description.sections()) {
            if (!first) {
                printer.line("");
            }
            first = false;
            printer.line("%s", section.title());
            int width = section.fields().stream().mapToInt(field -> field.key().length()).max().orElse(0) + 2;
            for (Field field : section.fields()) {
                printer.line("  %-" + width + "s%s", field.key() + ":", field.value());
            }
        }
    }
}
