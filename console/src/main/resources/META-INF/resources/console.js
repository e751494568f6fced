// Release Train console: live updates over server-sent events, times in both zones. No framework.
(function () {
  'use strict';
  var trainZone = (document.querySelector('meta[name="train-zone"]') || {}).content || 'UTC';
  var localFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short',
    hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
  var trainClock = new Intl.DateTimeFormat('en-GB', { weekday: 'short', hour: '2-digit', minute: '2-digit',
    timeZone: trainZone, timeZoneName: 'short' });
  var localClock = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });

  // Each <time datetime> is printed in the train's zone; add the viewer's own beside it.
  function localTimes(root) {
    root.querySelectorAll('time[datetime]').forEach(function (t) {
      if (t.dataset.localised || !t.getAttribute('datetime')) { return; }
      var when = new Date(t.getAttribute('datetime'));
      if (isNaN(when)) { return; }
      var local = document.createElement('span');
      local.className = 'local';
      local.textContent = ' (your time: ' + localFormat.format(when) + ')';
      t.after(local);
      t.dataset.localised = 'yes';
    });
  }

  function tick() {
    var now = new Date();
    var train = document.getElementById('train-clock');
    var local = document.getElementById('local-clock');
    if (train) { train.textContent = trainClock.format(now); }
    if (local) { local.textContent = localClock.format(now); }
  }

  // A region marked data-live-topics="ppc-events ..." is fetched again from data-refresh when an event of
  // one of its topics arrives; several events in a burst cause one fetch.
  var pending = new Map();
  // Someone using a field or button of this region (typing a reason, about to click) keeps what they typed and
  // the button under their pointer: the region is refreshed once they leave it, never while they are in it.
  function inUse(region) {
    var active = document.activeElement;
    return !!active && active !== document.body && region.contains(active);
  }
  function refreshWhenLeft(region) {
    if (region.dataset.refreshWaiting) { return; }
    region.dataset.refreshWaiting = 'yes';
    region.addEventListener('focusout', function later() {
      region.removeEventListener('focusout', later);
      delete region.dataset.refreshWaiting;
      setTimeout(function () { refresh(region); }, 0);
    });
  }
  function refresh(region) {
    if (pending.has(region)) { return; }
    if (inUse(region)) { refreshWhenLeft(region); return; }
    pending.set(region, setTimeout(function () {
      pending.delete(region);
      fetch(region.dataset.refresh, { credentials: 'same-origin', headers: { 'X-Requested-With': 'JavaScript' } })
        .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.text(); })
        .then(function (html) {
          // They may have started typing while the answer travelled: keep their page, refresh after.
          if (inUse(region)) { refreshWhenLeft(region); return; }
          region.innerHTML = html; localTimes(region); region.dataset.refreshed = String(Date.now());
        })
        .catch(function () { setStatus('lost', 'Live updates: could not refresh; reload the page'); });
    }, 250));
  }

  function addToFeeds(event) {
    document.querySelectorAll('[data-live-feed]').forEach(function (feed) {
      var empty = feed.querySelector('.empty');
      if (empty) { empty.remove(); }
      var item = document.createElement('li');
      item.dataset.topic = event.topic;
      item.dataset.type = event.type;
      var topic = document.createElement('span');
      topic.className = 'topic';
      topic.textContent = event.topic;
      item.appendChild(topic);
      item.appendChild(document.createTextNode(' '));
      if (event.time) {
        var t = document.createElement('time');
        t.setAttribute('datetime', event.time);
        t.textContent = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short',
          hour: '2-digit', minute: '2-digit', timeZone: trainZone, timeZoneName: 'short' }).format(new Date(event.time));
        item.appendChild(t);
        item.appendChild(document.createTextNode(' '));
      }
      var summary = document.createElement('span');
      summary.className = 'summary';
      summary.textContent = event.summary;
      item.appendChild(summary);
      feed.insertBefore(item, feed.firstChild);
      localTimes(item);
      while (feed.children.length > 200) { feed.removeChild(feed.lastChild); }
    });
  }

  function setStatus(state, text) {
    var status = document.getElementById('live-status');
    if (status) { status.dataset.state = state; status.textContent = text; }
  }

  var source = null;
  function listen() {
    if (!window.EventSource || !document.getElementById('live-status') || source) { return; }
    source = new EventSource('/live');
    source.onopen = function () { setStatus('live', 'Live updates: on'); };
    source.onerror = function () { setStatus('lost', 'Live updates: reconnecting…'); };
    source.onmessage = function (message) {
      var event;
      try { event = JSON.parse(message.data); } catch (e) { return; }
      addToFeeds(event);
      document.querySelectorAll('[data-live-topics]').forEach(function (region) {
        if (region.dataset.liveTopics.split(' ').indexOf(event.topic) >= 0) { refresh(region); }
      });
    };
  }

  // A page left for another may stay in the back/forward cache with its stream open; a browser allows only a
  // few connections per host, so after some pages the next one would wait for a free one. Close on leaving,
  // open again when the page is shown from the cache.
  window.addEventListener('pagehide', function () { if (source) { source.close(); source = null; } });
  window.addEventListener('pageshow', function (e) { if (e.persisted) { listen(); } });

  document.addEventListener('DOMContentLoaded', function () {
    localTimes(document);
    tick();
    setInterval(tick, 15000);
    listen();
  });
})();
