/**
 * Calendar files of sessions, served to the links in invitations.
 */
@org.jspecify.annotations.NullMarked
package io.violet.training.web;
