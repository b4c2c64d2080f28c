import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/progress-bar/src/vaadin-progress-bar.js';
import '@vaadin/icons/vaadin-iconset.js';
import '@vaadin/icon/src/vaadin-icon.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import '@vaadin/button/src/vaadin-button.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/horizontal-layout/src/vaadin-horizontal-layout.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '57e2ac934894b6363cb7f5c6d8aa75832b362ef93c4b444597bfd05d88ee8e3f') {
    pending.push(import('./chunks/chunk-8f3bc2abe49339e4cf0a7a120ec56759b24317f537a24b061bd06a926675472c.js'));
  }
  if (key === '481f046c37e45f26e9b7799c91a3b187f8246eee1aaf41bbb78a184cf14abcb1') {
    pending.push(import('./chunks/chunk-d89a3d7b733afc97fe769a65f60ae7c4189e38794a11bb1ed8f60830750a017b.js'));
  }
  if (key === '7e79c775241ef8cb59e2799d8f5d14309aef18e234e51af2e024ece46502ca92') {
    pending.push(import('./chunks/chunk-65b2dab1ecdf7bbdd3e26862154a80ba6ce74307c436914fd5fa5441091a3d23.js'));
  }
  if (key === '3678c6151f8b771fb10f9996bf023efc84bd3aa4c8692c06b1bedccd28fc1242') {
    pending.push(import('./chunks/chunk-77c9903eb6f1637d4050119eb7725440934dcb89e70eb7e45b0a77e4636a2326.js'));
  }
  if (key === 'afb9a062bd12e9fc43c733a7aea5c6dc97fbf3cb9567885ea81acefd7b5b8420') {
    pending.push(import('./chunks/chunk-5456029444c1d882ef20bdead0765a6c09f7904174468189d7590ba3b5cd2538.js'));
  }
  if (key === 'c75d9a260946c7fa99b2f36678e65d777e19b55a5441f3698b61e57e17355eed') {
    pending.push(import('./chunks/chunk-ba14cd8fa45869dda0d92d3e9d5d91c6826d8e837a68bd87cf95628de33c67f2.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}