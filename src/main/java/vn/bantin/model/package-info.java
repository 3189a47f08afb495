/** Model stage: parsed documents to one immutable, validated, cross-referenced Site. */
package vn.bantin.model;
