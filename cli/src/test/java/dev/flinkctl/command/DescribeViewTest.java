package dev.flinkctl.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.msf.ApplicationDescription;
import dev.flinkctl.msf.ApplicationDescription.Field;
import dev.flinkctl.msf.ApplicationDescription.Section;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DescribeViewTest {
    static final ApplicationDescription DESCRIPTION = new ApplicationDescription(Map.of("ApplicationName", "fraud"),
            List.of(new Section("Application", List.of(new Field("name", "fraud"), new Field("last update", "-"))),
                    new Section("Property groups", List.of(new Field("Db.db.password", "****")))));

    private final Views views = new Views(false);

    @Test
    void shouldPrintSectionsWithAlignedFields() {
        DescribeView.print(views.printer, DESCRIPTION, Views.output());

        assertThat(views.text()).isEqualTo("""
                Application
                  name:        fraud
                  last update: -

                Property groups
                  Db.db.password: ****
                """);
    }

    @Test
    void shouldPrintTheDocument() {
        DescribeView.print(views.printer, DESCRIPTION, Views.output("-o", "yaml"));

        assertThat(views.text()).isEqualTo("ApplicationName: fraud\n");
    }
}
