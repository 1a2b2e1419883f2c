/** The Redazione domain model and the query API over an immutable archive of articles. */
package dev.redazione.core;
