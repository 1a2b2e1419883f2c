/** Implementation of the site rendering: routes, view building, templates, feeds. Not an API. */
package dev.redazione.site.internal;
