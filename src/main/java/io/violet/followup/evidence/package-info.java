@org.jspecify.annotations.NullMarked
package io.violet.followup.evidence;
