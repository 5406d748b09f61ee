/**
 * The Slack platform: the Bolt app and its transports, the {@code /slack/events}
 * endpoint, the {@code /violet} command router, the one outbound gateway to the Web API,
 * Block Kit and mrkdwn helpers, App Home assembly and event republication. It knows no
 * feature: modules plug in through {@link io.violet.slack.SlashCommandHandler},
 * {@link io.violet.slack.InteractionRegistrar} and {@link io.violet.slack.HomeSection}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Slack platform")
package io.violet.slack;
