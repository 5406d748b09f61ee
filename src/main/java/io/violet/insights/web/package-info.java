/**
 * Serves the App Home chart image from the app port behind an unguessable token.
 */
@org.jspecify.annotations.NullMarked
package io.violet.insights.web;
