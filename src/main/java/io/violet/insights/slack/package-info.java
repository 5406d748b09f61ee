/**
 * The insights command, the App Home section, and the Slack work that uploads charts and
 * posts the digest.
 */
@org.jspecify.annotations.NullMarked
package io.violet.insights.slack;
