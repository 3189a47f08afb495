/** {@code bantin serve}: the author's live preview, baked with drafts, served from memory, rebaked on every save. */
package vn.bantin.serve;
