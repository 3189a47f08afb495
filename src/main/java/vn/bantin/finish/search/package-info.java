/** The static search index: entries from the model, folded terms, sharded JSON files, the query rules. */
package vn.bantin.finish.search;
