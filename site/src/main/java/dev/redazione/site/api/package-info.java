/** The records of the public JSON API ({@code /api/articles}), documented in the web guide. */
package dev.redazione.site.api;
