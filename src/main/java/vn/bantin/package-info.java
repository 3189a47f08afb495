/** bantin: a static site generator for Vietnamese administrative-reform bulletins; {@link vn.bantin.Bake} runs the stages. */
package vn.bantin;
