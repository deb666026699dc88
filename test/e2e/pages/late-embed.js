// A page-builder block that adds the embed script again after load (a third copy, another URL).
window.addEventListener('load', () => {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = '/dist/scalev.js?block=late';
  document.head.append(script);
});
