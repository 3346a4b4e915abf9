package dev.flinkctl.local.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LogStreamArnTest {
    private static final String ARN =
            "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/kinesis-analytics/orders:log-stream:kinesis-analytics-log-stream";

    @Test
    void parsesEveryPart() {
        assertThat(LogStreamArn.parse(ARN)).isEqualTo(
                new LogStreamArn("eu-west-1", "123456789012", "/aws/kinesis-analytics/orders", "kinesis-analytics-log-stream"));
    }

    @Test
    void arnRoundTrips() {
        assertThat(LogStreamArn.parse(ARN).arn()).isEqualTo(ARN);
    }

    @Test
    void streamNamesMayHoldSpacesAndSlashes() {
        assertThat(LogStreamArn.parse("arn:aws:logs:us-east-1:123456789012:log-group:g:log-stream:2024/01/02 [x]").logStream())
                .isEqualTo("2024/01/02 [x]");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "arn:aws:logs:us-east-1:123456789012:log-group:g",                                // a log group ARN
        "arn:aws:logs:us-east-1:123456789012:log-group:g:*",                              // a log group ARN with wildcard
        "arn:aws:logs:us-east-1:12345:log-group:g:log-stream:s",                          // short account id
        "arn:aws:s3:us-east-1:123456789012:log-group:g:log-stream:s",                     // another service
        "arn:aws-cn:logs:cn-north-1:123456789012:log-group:g:log-stream:s",               // another partition
        "arn:aws:logs:us-east-1:123456789012:log-group:bad group:log-stream:s",           // space in the group name
        "arn:aws:logs:us-east-1:123456789012:log-group:g:log-stream:",                    // empty stream
        "arn:aws:logs:us-east-1:123456789012:log-group:g:log-stream:a:b",                 // colon in the stream
        "arn:aws:logs:us-east-1:123456789012:log-group:g:log-stream:s*",                  // asterisk in the stream
        "arn:aws:logs:us-east-1:123456789012:log-group:g:log-stream:two\nlines",          // control character
        " arn:aws:logs:us-east-1:123456789012:log-group:g:log-stream:s",                  // leading blank
    })
    void rejectsWithOneLineNamingTheForm(String bad) {
        assertThatThrownBy(() -> LogStreamArn.parse(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected arn:aws:logs:REGION:ACCOUNT:log-group:GROUP:log-stream:STREAM")
                .hasMessageNotContaining("\n");
    }
}
