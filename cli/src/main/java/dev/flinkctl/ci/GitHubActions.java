package dev.flinkctl.ci;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Speaks to GitHub Actions when flinkctl runs in a workflow step ({@code GITHUB_ACTIONS=true}): step outputs appended
 * to the {@code GITHUB_OUTPUT} file, a Markdown summary appended to {@code GITHUB_STEP_SUMMARY}, and error annotations
 * as {@code ::error::} workflow commands. Source:
 * https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/workflow-commands-for-github-actions
 */
public final class GitHubActions {
    private final Path output;
    private final Path summary;

    private GitHubActions(Path output, Path summary) {
        this.output = output;
        this.summary = summary;
    }

    /**
     * @param env the environment
     * @return the GitHub Actions step this process runs in, or empty outside GitHub Actions
     */
    public static Optional<GitHubActions> detect(Map<String, String> env) {
        if (!"true".equals(env.get("GITHUB_ACTIONS"))) {
            return Optional.empty();
        }
        return Optional.of(new GitHubActions(path(env.get("GITHUB_OUTPUT")), path(env.get("GITHUB_STEP_SUMMARY"))));
    }

    /**
     * Appends step outputs. Values with a newline use the multi-line delimiter syntax.
     *
     * @param values output name → value (null values are skipped)
     */
    public void outputs(Map<String, String> values) {
        if (output == null) {
            return;
        }
        StringBuilder text = new StringBuilder();
        values.forEach((name, value) -> {
            if (value == null) {
                return;
            }
            if (value.contains("\n")) {
                String delimiter = "flinkctl_" + UUID.randomUUID();
                text.append(name).append("<<").append(delimiter).append('\n').append(value).append('\n')
                        .append(delimiter).append('\n');
            } else {
                text.append(name).append('=').append(value).append('\n');
            }
        });
        append(output, text.toString());
    }

    /** Appends Markdown to the step summary. */
    public void summary(String markdown) {
        if (summary != null) {
            append(summary, markdown.endsWith("\n") ? markdown : markdown + "\n");
        }
    }

    /**
     * @param message one line
     * @return the {@code ::error::} workflow command for it, with the characters GitHub requires escaped
     */
    public static String errorAnnotation(String message) {
        return "::error title=flinkctl::" + message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static Path path(String value) {
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
