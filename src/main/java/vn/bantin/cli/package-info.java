/** The command line: parses arguments, runs a bake, prints problems and a one-line summary. */
package vn.bantin.cli;
