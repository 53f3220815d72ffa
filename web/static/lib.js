// Shared helpers of the staking app: the API, amounts, ABI encoding and the
// browser wallet (EIP-1193). No dependencies: amounts are BigInt wei from
// end to end, never floating point.

// Function selectors of the calls the app sends (keccak-256 of the
// signature, first 4 bytes); TestSelectorsMatchABI checks them against the
// contracts' ABIs.
export const SELECTORS = {
  submit: '0xa1903eab', // submit(address)
  wrap: '0xea598cb0', // wrap(uint256)
  unwrap: '0xde0e9a3e', // unwrap(uint256)
  requestWithdrawals: '0xd6681042', // requestWithdrawals(uint256[],address)
  claimWithdrawal: '0xf8444436', // claimWithdrawal(uint256)
};

const WEI = 10n ** 18n;

// api GETs a read API path and returns its JSON; a refusal throws an
// Error carrying the API's code.
export async function api(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await r.json().catch(() => null);
  if (!r.ok) {
    const e = new Error(body && body.error ? body.error.message : `HTTP ${r.status}`);
    e.code = body && body.error ? body.error.code : 'HTTP_' + r.status;
    throw e;
  }
  return body;
}

// formatEth shows wei as ETH with sensible precision: 4 decimals,
// truncated (never rounded up), trailing zeros dropped, thousands
// separated; an amount below 0.0001 with 4 significant digits (also
// truncated). The exact amount goes in the element's title (ethSpan).
export function formatEth(wei) {
  let v = BigInt(wei);
  const neg = v < 0n;
  if (neg) v = -v;
  const sign = neg ? '−' : '';
  const all = (v % WEI).toString().padStart(18, '0');
  if (v > 0n && v < 10n ** 14n) {
    const first = all.search(/[1-9]/);
    return sign + '0.' + all.slice(0, first + 4).replace(/0+$/, '');
  }
  const frac = all.slice(0, 4).replace(/0+$/, '');
  const w = (v / WEI).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return sign + w + (frac ? '.' + frac : '');
}

// exactEth is the full decimal of a wei amount.
export function exactEth(wei) {
  let v = BigInt(wei);
  const neg = v < 0n;
  if (neg) v = -v;
  const frac = (v % WEI).toString().padStart(18, '0').replace(/0+$/, '');
  return (neg ? '-' : '') + (v / WEI).toString() + (frac ? '.' + frac : '');
}

// parseEth reads a decimal ETH amount typed by the user ("1.5") into wei.
export function parseEth(s) {
  s = String(s).trim().replace(/eth$/i, '').trim();
  const m = /^(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m || (m[1] === '' && (m[2] === undefined || m[2] === ''))) throw new Error('enter an amount like 1.5');
  const frac = (m[2] || '');
  if (frac.length > 18) throw new Error('at most 18 decimals');
  return BigInt(m[1] || '0') * WEI + BigInt(frac.padEnd(18, '0') || '0');
}

// formatPercent shows an APR fraction as a percentage with 2 decimals.
export function formatPercent(x) {
  if (x === null || x === undefined) return '—';
  return (x * 100).toFixed(2) + ' %';
}

// shortAddr abbreviates a checksummed address for narrow places (the
// full one in the title).
export function shortAddr(a) {
  return a ? a.slice(0, 6) + '…' + a.slice(-4) : '';
}

export function formatTime(unix) {
  if (!unix) return '—';
  return new Date(unix * 1000).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
}

// formatIn tells how long until a unix time, from now.
export function formatIn(unix, now) {
  if (unix === null || unix === undefined) return 'unknown';
  let s = Math.max(0, Math.round(unix - now));
  if (s < 90) return 'under 2 minutes';
  const d = Math.floor(s / 86400); s -= d * 86400;
  const h = Math.floor(s / 3600); s -= h * 3600;
  const m = Math.floor(s / 60);
  if (d > 0) return `about ${d} d ${h} h`;
  if (h > 0) return `about ${h} h ${m} min`;
  return `about ${m} min`;
}

// el builds an element: el('div', {class: 'x', text: 'hi'}, child, ...).
export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') e.textContent = v;
    else if (k === 'onclick' || k === 'onsubmit' || k === 'oninput' || k === 'onchange') e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

// ethSpan shows an amount: formatted text, exact amount in the title, the
// wei in data-wei (the browser test compares it with the API's).
export function ethSpan(wei, field) {
  return el('span', { class: 'eth', title: exactEth(wei) + ' ETH', 'data-wei': String(wei), 'data-field': field }, formatEth(wei));
}

// --- ABI encoding ------------------------------------------------------------

function word(v) {
  const h = BigInt(v).toString(16);
  if (h.length > 64) throw new Error('value too large');
  return h.padStart(64, '0');
}

function addrWord(a) {
  return a.toLowerCase().replace(/^0x/, '').padStart(64, '0');
}

export const encode = {
  submit: (referral) => SELECTORS.submit + addrWord(referral || '0x0000000000000000000000000000000000000000'),
  wrap: (wei) => SELECTORS.wrap + word(wei),
  unwrap: (wei) => SELECTORS.unwrap + word(wei),
  claimWithdrawal: (id) => SELECTORS.claimWithdrawal + word(id),
  // requestWithdrawals(uint256[] amounts, address owner): the array's
  // offset (two words of head), the owner, then length and elements.
  requestWithdrawals: (amounts, owner) =>
    SELECTORS.requestWithdrawals + word(64) + addrWord(owner) + word(amounts.length) + amounts.map(word).join(''),
};

// --- the wallet (EIP-1193) ------------------------------------------------------

export const wallet = {
  account: null,
  chainId: null,
  provider() {
    return window.ethereum || null;
  },
  async connect(wantChainId) {
    const p = this.provider();
    if (!p) throw new Error('No browser wallet found: install one (or open this page in a browser that has one).');
    const accounts = await p.request({ method: 'eth_requestAccounts' });
    if (!accounts || accounts.length === 0) throw new Error('The wallet shared no account.');
    this.account = accounts[0];
    this.chainId = parseInt(await p.request({ method: 'eth_chainId' }), 16);
    if (wantChainId && this.chainId !== wantChainId) {
      try {
        await p.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: '0x' + wantChainId.toString(16) }] });
        this.chainId = wantChainId;
      } catch (e) {
        throw new Error(`The wallet is on chain ${this.chainId}; switch it to chain ${wantChainId}.`);
      }
    }
    if (p.on) {
      p.on('accountsChanged', (a) => { this.account = a[0] || null; window.dispatchEvent(new Event('wallet')); });
      p.on('chainChanged', (c) => { this.chainId = parseInt(c, 16); window.dispatchEvent(new Event('wallet')); });
    }
    return this.account;
  },
  // send sends a transaction and waits for its receipt; a reverted one throws.
  async send(to, data, value) {
    const p = this.provider();
    const tx = { from: this.account, to, data };
    if (value) tx.value = '0x' + BigInt(value).toString(16);
    const hash = await p.request({ method: 'eth_sendTransaction', params: [tx] });
    for (let i = 0; i < 600; i++) {
      const r = await p.request({ method: 'eth_getTransactionReceipt', params: [hash] });
      if (r) {
        if (r.status !== '0x1') throw new Error(`Transaction ${hash} reverted.`);
        return { hash, block: parseInt(r.blockNumber, 16) };
      }
      await new Promise((res) => setTimeout(res, 500));
    }
    throw new Error(`Transaction ${hash} was not mined in 5 minutes.`);
  },
};
