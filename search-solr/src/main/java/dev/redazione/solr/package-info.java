/** The search backend over a SolrCloud collection, its config set and its indexer. */
package dev.redazione.solr;
