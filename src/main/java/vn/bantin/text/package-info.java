/** Pure functions on Vietnamese text: slugs, folding, collation and dates. */
package vn.bantin.text;
