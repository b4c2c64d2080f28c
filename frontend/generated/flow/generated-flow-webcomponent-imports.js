import { injectGlobalWebcomponentCss } from 'Frontend/generated/jar-resources/theme-util.js';

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
  if (key === 'afb9a062bd12e9fc43c733a7aea5c6dc97fbf3cb9567885ea81acefd7b5b8420') {
    pending.push(import('./chunks/chunk-5456029444c1d882ef20bdead0765a6c09f7904174468189d7590ba3b5cd2538.js'));
  }
  if (key === '57e2ac934894b6363cb7f5c6d8aa75832b362ef93c4b444597bfd05d88ee8e3f') {
    pending.push(import('./chunks/chunk-8f3bc2abe49339e4cf0a7a120ec56759b24317f537a24b061bd06a926675472c.js'));
  }
  if (key === '7e79c775241ef8cb59e2799d8f5d14309aef18e234e51af2e024ece46502ca92') {
    pending.push(import('./chunks/chunk-65b2dab1ecdf7bbdd3e26862154a80ba6ce74307c436914fd5fa5441091a3d23.js'));
  }
  if (key === '585107296e79f0b7ec03940e9adb0855876b62c6ef08c4c4dbb98271668aa09d') {
    pending.push(import('./chunks/chunk-4a323e2bfeddbc1d12f2a9265c31f2d41a0b7e159855cf296cff1e7ff332fe5f.js'));
  }
  if (key === 'ac220b5bf5a52fe97a35af221196a2d5b2a1da5c8585476b9f80bbd65a912c36') {
    pending.push(import('./chunks/chunk-fa45727c740b6814a48b915efd98464941c3db1527e561f258aab2604330aa79.js'));
  }
  if (key === '32d945608540cb3b8f082719901bb51e8e4c1033e1fbf1219b213cfb7a7da7b3') {
    pending.push(import('./chunks/chunk-02f8ef45de1c6da18c54581081beaafb61a2eff7b82e3f157440232d2aafecc5.js'));
  }
  if (key === 'd0ee712db486b1698c586e48fd03467e89af82e1e5b1db5e24afba3ea9254e04') {
    pending.push(import('./chunks/chunk-7db75fd013fb75b12fa9e7031db55ec92dca5d2ee78f76add0ba0beab703e968.js'));
  }
  if (key === 'c75d9a260946c7fa99b2f36678e65d777e19b55a5441f3698b61e57e17355eed') {
    pending.push(import('./chunks/chunk-ba14cd8fa45869dda0d92d3e9d5d91c6826d8e837a68bd87cf95628de33c67f2.js'));
  }
  if (key === '3678c6151f8b771fb10f9996bf023efc84bd3aa4c8692c06b1bedccd28fc1242') {
    pending.push(import('./chunks/chunk-77c9903eb6f1637d4050119eb7725440934dcb89e70eb7e45b0a77e4636a2326.js'));
  }
  if (key === '481f046c37e45f26e9b7799c91a3b187f8246eee1aaf41bbb78a184cf14abcb1') {
    pending.push(import('./chunks/chunk-d89a3d7b733afc97fe769a65f60ae7c4189e38794a11bb1ed8f60830750a017b.js'));
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