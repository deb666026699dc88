/**
 * A plain-text preview of merchant HTML (a rich description), shown until the buyer opens the
 * full description and the sanitiser has loaded. The HTML is parsed into a `<template>`'s content,
 * an inert document: nothing in it loads, runs or reaches the page, and custom elements in it are
 * never upgraded. Only its text comes out, which Lit renders as text.
 */

/** Dropped with their content: code, raw text and controls are not description text. */
const DROPPED = 'script,style,template,noscript,noembed,noframes,xmp,iframe,object,embed,svg,math,select,textarea,title,head';

/** Elements that start a new line in the preview. */
const BLOCKS =
  'address,article,aside,blockquote,dd,div,dl,dt,figcaption,figure,footer,h1,h2,h3,h4,h5,h6,header,hr,li,ol,p,pre,section,table,tr,ul';

/** The text of `html`, one line per block, "• " before list items; '' without a DOM. */
export function descriptionPreview(html: string): string {
  if (typeof document === 'undefined' || !html) return '';
  const template = document.createElement('template');
  template.innerHTML = html;
  const content = template.content;
  for (const node of content.querySelectorAll(DROPPED)) node.remove();
  // NUL marks where a line ends: the HTML parser never leaves one in text.
  for (const node of content.querySelectorAll('br')) node.replaceWith('\0');
  for (const node of content.querySelectorAll(BLOCKS)) {
    node.before('\0');
    node.after('\0');
    if (node.localName === 'li') node.prepend('• ');
  }
  return (content.textContent ?? '')
    .split('\0')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
