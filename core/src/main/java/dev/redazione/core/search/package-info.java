/** The full-text search API that a search backend implements, with its query and result values. */
package dev.redazione.core.search;
