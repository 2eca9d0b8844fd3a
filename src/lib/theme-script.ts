import { HANDED_OUT_PATH, searchScript } from './urls.ts';

/**
 * The one inline script of every page, in <head> so the theme is set before the first paint (no
 * flash of the wrong one): `?theme=light|dark|auto` (embeds), else the reader's choice in
 * localStorage, else the system's. It also runs the theme switch and loads the search code
 * (dist/search/search.js, see src/lib/built-site/search.ts) when the search box first gets focus,
 * by listening on the document, so no other script is needed at load. A fixed string per build,
 * so a Content-Security-Policy can allow it by its hash.
 */
export const headScript = (base = '/') =>
  [
    'var d=document.documentElement;d.classList.add("js");',
    'try{var t=new URLSearchParams(location.search).get("theme")||localStorage.getItem("theme");if(t=="light"||t=="dark")d.dataset.theme=t}catch(e){}',
    'document.addEventListener("click",function(e){if(e.target.closest("#theme")){var n={auto:"light",light:"dark",dark:"auto"}[d.dataset.theme||"auto"];if(n=="auto")delete d.dataset.theme;else d.dataset.theme=n;try{localStorage.setItem("theme",n)}catch(e){}}});',
    // Citations name the reader's access date: the built field YYYY-MM-DD becomes today. A build
    // without SITE_URL writes addresses to hand out as paths (urls.address): in [data-origin] fields
    // each path (HANDED_OUT_PATH) gets this page's own origin.
    `document.addEventListener("DOMContentLoaded",function(){document.querySelectorAll("[data-origin]").forEach(function(e){var k="value"in e?"value":"textContent";e[k]=e[k].replace(${HANDED_OUT_PATH},"$1"+location.origin+"/")});` +
      'var n=new Date(),p=function(x){return(x<10?"0":"")+x},s=n.getFullYear()+"-"+p(n.getMonth()+1)+"-"+p(n.getDate());document.querySelectorAll("[data-accessed]").forEach(function(e){var k="value"in e?"value":"textContent";e[k]=e[k].split("YYYY-MM-DD").join(s)})});',
    `document.addEventListener("focusin",function f(e){if(e.target.id=="q"){document.removeEventListener("focusin",f);import(${JSON.stringify(searchScript(base))}).then(function(m){m.startSearch(e.target)})}});`,
  ].join('');

/**
 * The embed pages' inline script: the theme from `?theme=dark|auto` only (light without it, see
 * src/styles/embed.css). An embed lives inside other sites' pages, so it reads and writes no storage
 * and has no theme switch or search box.
 */
export const embedHeadScript = () =>
  'try{var t=new URLSearchParams(location.search).get("theme");if(t=="dark"||t=="auto")document.documentElement.dataset.theme=t}catch(e){}document.documentElement.classList.add("js");';
