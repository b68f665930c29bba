/**
 * Local time of the sandbox. Apps Script runs V8 with the script's time zone as the local
 * zone, so `getHours()`, `toString()`, `new Date(2025, 11, 15)` or date-fns work in that zone.
 * A vm context inherits the host's zone, and a worker thread cannot change it, so this
 * JavaScript (evaluated inside the sandbox) re-implements the local-time parts of the
 * context's Date and the default zone of its Intl.DateTimeFormat with Intl offsets.
 * Host code and the host's Date are untouched.
 */

/**
 * Source of a function `(RealDate, zone) => { fromLocal, parseLocal }` that patches the
 * context's Date.prototype and Intl.DateTimeFormat. `fromLocal(y, mo, d, h, mi, s, ms)`
 * turns local fields into an instant (gaps move forward, ambiguous times take the earlier
 * instant, as ECMAScript says); `parseLocal(text)` is Date.parse in the zone.
 */
export const LOCAL_TIME_SOURCE = String.raw`(function (RealDate, zone) {
  'use strict';
  // Builtins as locals: a global lookup inside a vm context costs about a microsecond.
  var floor = Math.floor;
  var trunc = Math.trunc;
  var max = Math.max;
  var min = Math.min;
  var abs = Math.abs;
  var finite = isFinite;
  var toNumber = Number;
  var toText = String;
  var toObject = Object;
  var proto = RealDate.prototype;
  var nativeGetTime = proto.getTime;
  var nativeSetTime = proto.setTime;
  var nativeParse = RealDate.parse;
  var hostFields = ['getFullYear', 'getMonth', 'getDate', 'getHours', 'getMinutes', 'getSeconds', 'getMilliseconds']
    .map(function (name) { return proto[name]; });
  var NativeDTF = Intl.DateTimeFormat;
  var partsFormat = new NativeDTF('en-US', { timeZone: zone, hourCycle: 'h23', era: 'short',
    year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  var nameFormat = new NativeDTF('en-US', { timeZone: zone, timeZoneName: 'long' });
  var DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var QUARTER_HOUR = 900000;
  var DAY = 86400000;
  var WEEK = 7 * DAY;
  var weeks = new Map();
  var quarters = new Map();

  var MAX_TIME = 8.64e15;
  // Days since 1970-01-01 of a proleptic Gregorian date (integer arithmetic, any year).
  function daysFromCivil(y, m0, d) {
    var m = m0 + 1;
    var year = m <= 2 ? y - 1 : y;
    var era = floor(year / 400);
    var yoe = year - era * 400;
    var doy = floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
    return era * 146097 + yoe * 365 + floor(yoe / 4) - floor(yoe / 100) + doy - 719468;
  }
  // Date.UTC's MakeDay/MakeTime without the final clip (months and days may overflow).
  function utcFromFields(y, mo, d, h, mi, s, ms) {
    var a = [y, mo, d, h, mi, s, ms];
    for (var i = 0; i < 7; i++) {
      if (!finite(a[i])) return NaN;
      a[i] = trunc(a[i]);
    }
    var days = daysFromCivil(a[0] + floor(a[1] / 12), ((a[1] % 12) + 12) % 12, 1) + a[2] - 1;
    return days * DAY + a[3] * 3600000 + a[4] * 60000 + a[5] * 1000 + a[6];
  }
  // The zone's offset at an instant, from Intl (one formatToParts call).
  function measureOffset(t) {
    var f = {};
    var parts = partsFormat.formatToParts(t);
    for (var i = 0; i < parts.length; i++) f[parts[i].type] = parts[i].value;
    var year = toNumber(f.year);
    if (f.era === 'BC' || f.era === 'B') year = 1 - year;
    var wall = utcFromFields(year, toNumber(f.month) - 1, toNumber(f.day), toNumber(f.hour) % 24, toNumber(f.minute), toNumber(f.second), 0);
    return wall - floor(t / 1000) * 1000;
  }
  function remember(cache, key, value) {
    if (cache.size > 20000) cache.clear();
    cache.set(key, value);
    return value;
  }
  // Milliseconds to add to an instant to get the wall clock of the zone. A week whose two
  // ends have the same offset is taken as constant (zones change offset at most twice a
  // year); other weeks are looked up by quarter hour (offsets change on quarter hours).
  function offsetAt(time) {
    var t = max(-MAX_TIME, min(MAX_TIME, time));
    var week = floor(t / WEEK);
    var constant = weeks.get(week);
    if (constant === undefined) {
      var first = measureOffset(max(-MAX_TIME, week * WEEK));
      var last = measureOffset(min(MAX_TIME, week * WEEK + WEEK - 1));
      constant = remember(weeks, week, first === last ? first : null);
    }
    if (constant !== null) return constant;
    var quarter = floor(t / QUARTER_HOUR);
    var cached = quarters.get(quarter);
    return cached !== undefined ? cached : remember(quarters, quarter, measureOffset(quarter * QUARTER_HOUR));
  }
  // Proleptic Gregorian date of a day number (days since 1970-01-01), by integer arithmetic
  // so that every valid time value works, up to ±8.64e15 ms.
  function civil(days) {
    var z = days + 719468;
    var era = floor(z / 146097);
    var doe = z - era * 146097;
    var yoe = floor((doe - floor(doe / 1460) + floor(doe / 36524) - floor(doe / 146096)) / 365);
    var doy = doe - (365 * yoe + floor(yoe / 4) - floor(yoe / 100));
    var mp = floor((5 * doy + 2) / 153);
    var month = mp < 10 ? mp + 3 : mp - 9;
    return [yoe + era * 400 + (month <= 2 ? 1 : 0), month - 1, doy - floor((153 * mp + 2) / 5) + 1];
  }
  // [year, month, day, hours, minutes, seconds, ms, weekday] of an instant in the zone.
  function fields(t) {
    var wall = t + offsetAt(t);
    var days = floor(wall / DAY);
    var ms = wall - days * DAY;
    var c = civil(days);
    return [c[0], c[1], c[2], floor(ms / 3600000), floor(ms / 60000) % 60, floor(ms / 1000) % 60,
      ms % 1000, (((days + 4) % 7) + 7) % 7];
  }
  function fromLocal(y, mo, d, h, mi, s, ms) {
    var wall = utcFromFields(y, mo, d, h, mi, s, ms);
    if (wall !== wall) return NaN;
    var before = offsetAt(wall - DAY);
    var after = offsetAt(wall + DAY);
    var a = wall - before;
    var b = wall - after;
    var aFits = offsetAt(a) === before;
    var bFits = offsetAt(b) === after;
    if (aFits && bFits) return min(a, b);
    if (aFits) return a;
    if (bFits) return b;
    return wall - before;
  }
  var DATE_ONLY = /^\s*[+-]?\d{4,6}(-\d{2}(-\d{2})?)?\s*$/;
  function hasZone(text) {
    return /\dZ\s*$/i.test(text) || /[+-]\d{2}:?\d{2}\s*(\([^)]*\))?\s*$/.test(text) || /\b(GMT|UTC|UT)\b/i.test(text);
  }
  function parseLocal(text) {
    var s = toText(text);
    if (DATE_ONLY.test(s) || hasZone(s)) return nativeParse(s);
    var hostTime = nativeParse(s);
    if (hostTime !== hostTime) return NaN;
    var d = new RealDate(hostTime);
    return fromLocal.apply(null, hostFields.map(function (get) { return get.call(d); }));
  }

  function define(name, fn) {
    Object.defineProperty(fn, 'name', { value: name });
    Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: false });
  }
  function getter(name, index) {
    define(name, function () {
      var t = nativeGetTime.call(this);
      return t !== t ? NaN : fields(t)[index];
    });
  }
  getter('getFullYear', 0);
  getter('getMonth', 1);
  getter('getDate', 2);
  getter('getHours', 3);
  getter('getMinutes', 4);
  getter('getSeconds', 5);
  getter('getMilliseconds', 6);
  getter('getDay', 7);
  define('getYear', function () {
    var t = nativeGetTime.call(this);
    return t !== t ? NaN : fields(t)[0] - 1900;
  });
  define('getTimezoneOffset', function () {
    var t = nativeGetTime.call(this);
    return t !== t ? NaN : -offsetAt(t) / 60000;
  });
  function setter(name, first, count, fromZeroWhenInvalid) {
    define(name, function () {
      var t = nativeGetTime.call(this);
      var f;
      if (t !== t) {
        if (!fromZeroWhenInvalid) return NaN;
        f = [1970, 0, 1, 0, 0, 0, 0];
      } else {
        f = fields(t);
      }
      var n = min(max(arguments.length, 1), count);
      for (var i = 0; i < n; i++) f[first + i] = toNumber(arguments[i]);
      nativeSetTime.call(this, fromLocal(f[0], f[1], f[2], f[3], f[4], f[5], f[6]));
      return nativeGetTime.call(this);
    });
  }
  setter('setFullYear', 0, 3, true);
  setter('setMonth', 1, 2, false);
  setter('setDate', 2, 1, false);
  setter('setHours', 3, 4, false);
  setter('setMinutes', 4, 3, false);
  setter('setSeconds', 5, 2, false);
  setter('setMilliseconds', 6, 1, false);
  define('setYear', function (year) {
    var y = toNumber(year);
    if (y === y && trunc(y) >= 0 && trunc(y) <= 99) y = 1900 + trunc(y);
    return this.setFullYear(y);
  });

  function pad(n, width) {
    var s = toText(abs(n));
    while (s.length < width) s = '0' + s;
    return (n < 0 ? '-' : '') + s;
  }
  // The zone's long name of an instant, remembered per instant: a check turns every date cell
  // into text (String(date)), and formatToParts costs far more than the rest of toString.
  var longNames = new Map();
  function longName(t) {
    var known = longNames.get(t);
    if (known !== undefined) return known;
    var name = '';
    var parts = nameFormat.formatToParts(t);
    for (var i = 0; i < parts.length; i++) if (parts[i].type === 'timeZoneName') { name = parts[i].value; break; }
    if (longNames.size >= 100000) longNames.clear();
    longNames.set(t, name);
    return name;
  }
  // ICU names historic offsets "GMT+08:00" where V8's toString keeps the zone's current
  // names: fall back to the current standard / daylight name.
  var referenceNames = null;
  function zoneName(t) {
    var name = longName(t);
    if (name !== '' && !/^GMT[+-]/.test(name)) return name;
    if (referenceNames === null) {
      var jan = RealDate.UTC(2025, 0, 1);
      var jul = RealDate.UTC(2025, 6, 1);
      var byOffset = {};
      byOffset[offsetAt(jan)] = longName(jan);
      byOffset[offsetAt(jul)] = longName(jul);
      referenceNames = { byOffset: byOffset, standard: offsetAt(jan) <= offsetAt(jul) ? longName(jan) : longName(jul) };
    }
    return referenceNames.byOffset[offsetAt(t)] || referenceNames.standard || name;
  }
  function offsetText(t) {
    var minutes = offsetAt(t) / 60000;
    var size = abs(minutes);
    return 'GMT' + (minutes < 0 ? '-' : '+') + pad(floor(size / 60), 2) + pad(size % 60, 2);
  }
  function dateText(f) {
    return DAYS[f[7]] + ' ' + MONTHS[f[1]] + ' ' + pad(f[2], 2) + ' ' + pad(f[0], 4);
  }
  function timeText(t, f) {
    return pad(f[3], 2) + ':' + pad(f[4], 2) + ':' + pad(f[5], 2) + ' ' + offsetText(t) + ' (' + zoneName(t) + ')';
  }
  define('toString', function () {
    var t = nativeGetTime.call(this);
    if (t !== t) return 'Invalid Date';
    var f = fields(t);
    return dateText(f) + ' ' + timeText(t, f);
  });
  define('toDateString', function () {
    var t = nativeGetTime.call(this);
    return t !== t ? 'Invalid Date' : dateText(fields(t));
  });
  define('toTimeString', function () {
    var t = nativeGetTime.call(this);
    return t !== t ? 'Invalid Date' : timeText(t, fields(t));
  });

  function withZone(options) {
    var o = {};
    if (options !== undefined && options !== null) {
      var src = toObject(options);
      for (var k in src) o[k] = src[k];
    }
    if (o.timeZone === undefined) o.timeZone = zone;
    return o;
  }
  ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'].forEach(function (name) {
    var nativeMethod = proto[name];
    define(name, function (locales, options) { return nativeMethod.call(this, locales, withZone(options)); });
  });
  var DateTimeFormat = function DateTimeFormat(locales, options) {
    return new NativeDTF(locales, withZone(options));
  };
  DateTimeFormat.prototype = NativeDTF.prototype;
  DateTimeFormat.supportedLocalesOf = NativeDTF.supportedLocalesOf;
  Object.defineProperty(Intl, 'DateTimeFormat', { value: DateTimeFormat, writable: true, configurable: true });

  return { fromLocal: fromLocal, parseLocal: parseLocal };
})`;
