package dev.flinkctl.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CloudWatchLoggingOptionDescription;

class LogStreamTest {
    private static final String ARN = "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/kinesis-analytics/my.app#1"
            + ":log-stream:kinesis-analytics-log-stream";

    @Test
    void shouldSplitTheArnIntoGroupAndStream() {
        assertThat(LogStream.parse(ARN))
                .isEqualTo(new LogStream("/aws/kinesis-analytics/my.app#1", "kinesis-analytics-log-stream"));
        assertThat(LogStream.parse("arn:aws-cn:logs:cn-north-1:123456789012:log-group:g:log-stream:a/b c"))
                .isEqualTo(new LogStream("g", "a/b c"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/kinesis-analytics/app",
        "arn:aws:s3:::bucket/key", "arn:aws:logs:eu-west-1:123456789012:log-group:a:b:log-stream:s",
        "arn:aws:logs:eu-west-1:123456789012:log-group:g:log-stream:", "log-group:g:log-stream:s"})
    void shouldRefuseWhatIsNotALogStreamArn(String arn) {
        assertThatThrownBy(() -> LogStream.parse(arn)).isInstanceOf(FlinkctlException.class)
                .hasMessageContaining("not a CloudWatch Logs log stream ARN")
                .hasMessageContaining("arn:aws:logs:REGION:ACCOUNT:log-group:GROUP:log-stream:STREAM");
    }

    @Test
    void shouldTakeTheFirstLoggingOptionOfTheApplication() {
        ApplicationDetail detail = ApplicationDetail.builder().applicationName("fraud")
                .cloudWatchLoggingOptionDescriptions(option(ARN), option(ARN.replace("kinesis-analytics-log-stream",
                        "other")))
                .build();

        assertThat(LogStream.of(detail).logStream()).isEqualTo("kinesis-analytics-log-stream");
    }

    @Test
    void shouldNameTheFixWhenTheApplicationHasNoLoggingOption() {
        ApplicationDetail detail = ApplicationDetail.builder().applicationName("fraud").build();

        assertThatThrownBy(() -> LogStream.of(detail)).isInstanceOfSatisfying(FlinkctlException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
            assertThat(e.getMessage()).startsWith("application 'fraud' has no CloudWatch logging option: ")
                    .contains("'logging:'", "flinkctl deploy", "add-application-cloud-watch-logging-option")
                    .doesNotContain("\n");
        });
    }

    private static CloudWatchLoggingOptionDescription option(String arn) {
        return CloudWatchLoggingOptionDescription.builder().logStreamARN(arn).build();
    }
}
