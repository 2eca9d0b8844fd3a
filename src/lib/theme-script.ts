/**
 * The inline head script that sets the theme before the first paint (no flash of the wrong one):
 * `?theme=light|dark|auto` (embeds), else the reader's choice in localStorage, else the system's.
 * A fixed string, so a Content-Security-Policy can allow it by its hash.
 */
export const THEME_SCRIPT =
  'try{var d=document.documentElement,t=new URLSearchParams(location.search).get("theme")||localStorage.getItem("theme");if(t=="light"||t=="dark")d.dataset.theme=t;d.classList.add("js")}catch(e){}';
