/**
 * A plain-text preview of merchant HTML (a rich description), shown until the buyer opens the
 * full description and the sanitiser has loaded. The HTML is parsed into a `<template>`'s content,
 * an inert document: nothing in it loads, runs or reaches the page, and custom elements in it are
 * never upgraded. Only its text comes out, which Lit renders as text.
 */

/** Dropped with their content: code, raw text and controls are not description text. */
const DROPPED = 'script,style,template,noscript,noembed,noframes,xmp,iframe,object,embed,svg,math,select,textarea,title,head';

/** Elements that start a new line in the preview. */
const BLOCK = /^(address|article|aside|blockquote|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|ol|p|pre|section|table|tr|ul)$/;

/** The text of `html`, one line per block, "• " before list items; '' without a DOM. */
export function descriptionPreview(html: string): string {
  if (typeof document === 'undefined' || !html) return '';
  const template = document.createElement('template');
  template.innerHTML = html;
  const content = template.content;
  for (const node of content.querySelectorAll(DROPPED)) node.remove();
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const clean = line.replace(/\s+/g, ' ').trim();
    if (clean) lines.push(clean);
    line = '';
  };
  const walk = (parent: Node): void => {
    for (const node of parent.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        line += node.nodeValue ?? '';
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        const name = (node as Element).localName;
        if (name === 'br') {
          flush();
          continue;
        }
        const block = BLOCK.test(name);
        if (block) flush();
        if (name === 'li') line += '• ';
        walk(node);
        if (block) flush();
      }
    }
  };
  walk(content);
  flush();
  return lines.join('\n');
}
