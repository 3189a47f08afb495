/** Render stage: the frozen Site to HTML pages, planned once and rendered in parallel with Freemarker. */
package vn.bantin.render;
