/** The view models the templates render: immutable records, one per page shape. */
package dev.redazione.site.view;
