@org.jspecify.annotations.NullMarked
package io.violet.followup.tracker.web;
