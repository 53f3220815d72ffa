// The staking app: a page per hash route (#/, #/stake, #/account/0x…,
// #/operators, #/operators/N, #/oracle, #/governance), each built from the
// read API; actions go through the browser wallet.

import { api, el, ethSpan, formatEth, formatPercent, formatTime, formatIn, shortAddr, parseEth, encode, wallet } from './lib.js';
import { lineChart } from './charts.js';

const main = document.getElementById('main');
const banner = document.getElementById('banner');
const walletBtn = document.getElementById('connect');
const walletInfo = document.getElementById('wallet');
let contracts = null;
let renderSeq = 0;
let pending = 0; // transactions in flight: no refresh meanwhile
let shownBlock = 0; // the block the page's figures are of
let lastOutcome = null; // {id, ok, text}: the last form action's outcome

// --- shell --------------------------------------------------------------------

function setBanner(pool) {
  banner.replaceChildren();
  banner.hidden = true;
  if (!pool) return;
  const notes = [];
  if (pool.bunker) notes.push(el('p', { class: 'alert', 'data-state': 'bunker' }, el('strong', {}, 'Bunker mode. '),
    'The oracle saw losses unfold: withdrawal requests made from now on wait until it ends, and instant withdrawals are closed.'));
  if (pool.staking_paused) notes.push(el('p', { class: 'alert', 'data-state': 'paused' }, el('strong', {}, 'Staking is paused '),
    'by governance: new stakes are refused until it resumes. Withdrawals are not affected.'));
  const ps = pool.pause;
  if (ps && ps.paused) notes.push(el('p', { class: 'alert', 'data-state': 'emergency-pause' },
    el('strong', {}, `${pauseTargets(ps.targets)} paused until ${formatTime(ps.until)} `),
    `(${formatIn(ps.until, pool.time)} from now), `,
    ps.by_role === 'gate_seal' ? 'by the emergency committee' : 'by governance', ps.by ? el('span', {}, ' (', addrLink(ps.by), ')') : null,
    ps.targets.includes('withdrawals') ? '. Withdrawal requests and claims wait until then.' : '. Withdrawals are not affected.'));
  if (notes.length) {
    banner.append(...notes);
    banner.hidden = false;
  }
}

// pauseTargets says what is paused: "Staking", "Staking and deposits", …
function pauseTargets(ts) {
  const w = ts;
  const s = w.length > 1 ? w.slice(0, -1).join(', ') + ' and ' + w[w.length - 1] : w[0] || 'nothing';
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function showError(where, e) {
  where.replaceChildren(el('p', { class: 'error', role: 'alert' }, e.message || String(e)));
}

function card(label, value, note, id) {
  return el('div', { class: 'card', id }, el('span', { class: 'label' }, label), el('span', { class: 'value' }, value), note ? el('span', { class: 'note' }, note) : null);
}

function table(headers, rows, cls) {
  return el('div', { class: 'scroll' }, el('table', { class: cls || '' },
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', {}, h)))),
    el('tbody', {}, rows)));
}

// contractName names the pool's own contracts.
function contractName(a) {
  if (!contracts || !a) return null;
  const names = { pool: 'stETH (the pool)', wsteth: 'wstETH', withdrawal_queue: 'Withdrawal queue', operator_registry: 'Operator registry',
    governance: 'Governance', oracle: 'Oracle', withdrawal_vault: 'Withdrawal vault', el_rewards_vault: 'Execution-rewards vault',
    veto_escrow: 'Veto escrow', gate_seal: 'Gate seal' };
  for (const [k, n] of Object.entries(names)) if (contracts[k] && contracts[k].toLowerCase() === a.toLowerCase()) return n;
  return null;
}

function addrLink(a) {
  const name = contractName(a);
  return el('a', { href: '#/account/' + a, class: 'addr', title: a }, el('span', { class: 'full' }, name || a), el('span', { class: 'short' }, name || shortAddr(a)));
}

// waitText tells an estimate in words.
function waitText(e, now) {
  if (!e) return '—';
  if (e.at) return formatIn(e.at, now);
  if (e.method === 'bunker') return 'after bunker mode';
  if (e.method === 'not_enough_validators') return 'more than the pool has';
  return e.method;
}

// --- the overview -----------------------------------------------------------------

async function overview(seq) {
  const [pool, hist, apr] = await Promise.all([api('/v1/pool'), api('/v1/pool/history?points=200'), api('/v1/apr')]);
  if (seq !== renderSeq) return;
  setBanner(pool);
  const rate = (s) => Number(BigInt(s)) / 1e18;
  const wait = pool.withdrawal_wait;
  const cards = el('section', { class: 'cards', id: 'pool' },
    card('Total staked', ethSpan(pool.total_pooled_ether_wei, 'pool.total_pooled_ether_wei'), 'ETH in the pool'),
    card('APR', el('span', { 'data-apr': pool.apr ?? '' }, formatPercent(pool.apr)), '7-day ' + formatPercent(pool.apr_week) + ' · since start ' + formatPercent(pool.apr_inception)),
    card('stETH per share', el('span', {}, rate(pool.share_rate).toFixed(6)), 'wstETH = ' + formatEth(pool.steth_per_wsteth_wei) + ' stETH'),
    card('Validators', el('span', {}, String(pool.validators)), pool.beacon_validators + ' seen by the oracle'),
    card('Buffer', ethSpan(pool.buffered_ether_wei, 'pool.buffered_ether_wei'), 'reserve target ' + formatEth(pool.reserve_wei)),
    card('Withdrawal queue', ethSpan(pool.unfinalized_steth_wei, 'pool.unfinalized_steth_wei'), pool.withdrawal_requests - pool.last_finalized_withdrawal + ' requests waiting'),
    card('Insurance fund', ethSpan(pool.insurance_fund_wei, 'pool.insurance_fund_wei'), 'covers losses first'),
    card('Withdrawal wait', el('span', {}, waitText(wait, pool.time)), 'for a new 1 ETH request'),
  );
  const pts = hist.points;
  const series = (f) => pts.map((p) => ({ x: p.time, y: f(p) }));
  const eth = (s) => Number(BigInt(s) / 10n ** 12n) / 1e6;
  const charts = el('section', { class: 'charts' },
    lineChart('Share rate (stETH per share)', series((p) => rate(p.share_rate)), (y) => y.toFixed(6)),
    lineChart('APR at each report', pts.filter((p) => p.apr !== undefined).map((p) => ({ x: p.time, y: p.apr * 100 })), (y) => y.toFixed(2) + ' %', { dots: true }),
    lineChart('Total staked (TVL)', series((p) => eth(p.total_pooled_ether_wei)), (y) => y.toFixed(2) + ' ETH'),
    lineChart('Withdrawal queue', series((p) => eth(p.unfinalized_steth_wei)), (y) => y.toFixed(2) + ' ETH', { zero: true }),
    lineChart('Buffer (reserve)', series((p) => eth(p.buffered_ether_wei)), (y) => y.toFixed(2) + ' ETH', { zero: true }),
    lineChart('Insurance fund', series((p) => eth(p.insurance_fund_wei)), (y) => y.toFixed(4) + ' ETH', { zero: true }),
  );
  const formula = el('details', { class: 'formula' }, el('summary', {}, 'How the APR is computed'), el('p', {}, apr.formula));
  main.replaceChildren(el('h1', {}, 'Stake ETH, keep it liquid'), cards, charts, formula);
}

// --- staking ---------------------------------------------------------------------

function amountForm(id, label, button, onSubmit, extra) {
  const input = el('input', { id: id + '-amount', name: 'amount', inputmode: 'decimal', autocomplete: 'off', placeholder: '0.0', required: true, 'aria-label': label });
  // The outcome of the form's last action survives the refreshes that follow it.
  const last = lastOutcome && lastOutcome.id === id ? lastOutcome : null;
  const status = el('p', { class: 'status' + (last ? (last.ok ? ' ok' : ' bad') : ''), id: id + '-status', role: 'status' }, last ? last.text : '');
  const form = el('form', { id, class: 'action' }, el('label', { for: id + '-amount' }, label), el('div', { class: 'row' }, input, extra || null, el('button', { type: 'submit' }, button)), status);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    status.className = 'status';
    lastOutcome = null;
    try {
      const wei = parseEth(input.value);
      if (wei <= 0n) throw new Error('enter an amount above 0');
      status.textContent = 'Confirm in your wallet…';
      pending++; // no refresh until the API shows the transaction
      try {
        const r = await onSubmit(wei);
        status.textContent = 'Done in block ' + r.block + '. Updating…';
        await waitIndexed(r.block);
        status.textContent = 'Done in block ' + r.block + '.';
        status.classList.add('ok');
        lastOutcome = { id, ok: true, text: status.textContent };
        input.value = '';
      } finally {
        pending--;
      }
      setTimeout(route, 1500); // the new balances, once the status was seen
    } catch (e) {
      status.textContent = e.message || String(e);
      status.classList.add('bad');
      lastOutcome = { id, ok: false, text: status.textContent };
    }
  });
  return form;
}

async function waitIndexed(block) {
  for (let i = 0; i < 120; i++) {
    const s = await api('/v1/status');
    if (s.block >= block) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function stake(seq) {
  const pool = await api('/v1/pool');
  if (seq !== renderSeq) return;
  setBanner(pool);
  const head = el('h1', {}, 'Stake');
  if (!wallet.account) {
    main.replaceChildren(head, el('p', {}, 'Connect a wallet to stake, wrap, unwrap and withdraw.'),
      el('button', { id: 'connect-here', class: 'primary', onclick: connect }, 'Connect wallet'));
    return;
  }
  const me = await api('/v1/accounts/' + wallet.account);
  if (seq !== renderSeq) return;
  const balances = el('section', { class: 'cards', id: 'balances' },
    card('ETH', ethSpan(me.eth_balance_wei, 'account.eth_balance_wei'), 'in your wallet'),
    card('stETH', ethSpan(me.steth_balance_wei, 'account.steth_balance_wei'), 'grows with every report'),
    card('wstETH', ethSpan(me.wsteth_balance_wei, 'account.wsteth_balance_wei'), '= ' + formatEth(me.wsteth_in_steth_wei) + ' stETH'),
  );
  const c = contracts;
  const token = el('select', { id: 'withdraw-token', 'aria-label': 'token' }, el('option', { value: 'steth' }, 'stETH'), el('option', { value: 'wsteth' }, 'wstETH'));
  const forms = el('section', { class: 'forms' },
    amountForm('stake', 'Stake ETH for stETH', 'Stake', (wei) => wallet.send(c.pool, encode.submit(), wei)),
    amountForm('wrap', 'Wrap stETH into wstETH', 'Wrap', (wei) => wallet.send(c.wsteth, encode.wrap(wei))),
    amountForm('unwrap', 'Unwrap wstETH into stETH', 'Unwrap', (wei) => wallet.send(c.wsteth, encode.unwrap(wei))),
    amountForm('withdraw', 'Request a withdrawal', 'Request', async (wei) => {
      if (token.value === 'wsteth') {
        // wstETH: unwrap it first, then request the stETH it gave.
        const before = BigInt((await api('/v1/accounts/' + wallet.account)).steth_balance_wei);
        const u = await wallet.send(c.wsteth, encode.unwrap(wei));
        await waitIndexed(u.block);
        const after = BigInt((await api('/v1/accounts/' + wallet.account)).steth_balance_wei);
        wei = after - before;
      }
      return wallet.send(c.withdrawal_queue, encode.requestWithdrawals([wei], wallet.account));
    }, token),
  );
  const est = el('p', { class: 'muted', id: 'estimate' });
  forms.querySelector('#withdraw-amount').addEventListener('input', async (ev) => {
    try {
      const wei = parseEth(ev.target.value);
      const e = await api('/v1/withdrawals/estimate?amount=' + wei + 'wei');
      est.textContent = 'Estimated finalization: ' + waitText(e.estimated_finalization, pool.time);
    } catch (e) {
      est.textContent = '';
    }
  });
  forms.querySelector('#withdraw').append(est);
  const rows = me.withdrawal_requests.map((w) => {
    const claim = w.status === 'finalized' ? el('button', { class: 'claim', 'data-id': w.id, onclick: async (ev) => {
      const b = ev.target;
      b.disabled = true;
      b.textContent = 'Claiming…';
      pending++;
      try {
        const r = await wallet.send(c.withdrawal_queue, encode.claimWithdrawal(w.id));
        await waitIndexed(r.block);
        pending--;
        route();
      } catch (e) {
        pending--;
        b.textContent = e.message;
      }
    } }, 'Claim ' + formatEth(w.claimable_wei) + ' ETH') : null;
    const when = w.status === 'finalized' ? 'ready to claim' : waitText(w.estimated_finalization, pool.time);
    return el('tr', { 'data-request': w.id }, el('td', {}, '#' + w.id), el('td', {}, ethSpan(w.amount_steth_wei, 'request.amount_steth_wei')),
      el('td', { class: 'st-' + w.status }, w.status), el('td', {}, when), el('td', {}, claim));
  });
  const nfts = el('section', { id: 'requests' }, el('h2', {}, 'Your withdrawal requests (NFTs)'),
    rows.length ? table(['Request', 'stETH', 'Status', 'Estimated wait', ''], rows) : el('p', { class: 'muted' }, 'None yet.'));
  main.replaceChildren(head, balances, forms, nfts,
    el('p', {}, el('a', { href: '#/account/' + me.address }, 'Your statement: every change of your balances, with its reason →')));
}

// --- an account's statement ----------------------------------------------------------

const reasonText = {
  stake: 'Staked', transfer: 'Transfer', wrap: 'Wrapped', unwrap: 'Unwrapped', withdrawal_request: 'Withdrawal requested',
  instant_withdrawal: 'Instant withdrawal', fee: 'Fee reward', insurance_cover: 'Insurance cover paid', finalization: 'Finalized',
  claim: 'Claimed', mint: 'Minted', burn: 'Burnt', request_transfer: 'Request transferred',
  escrow_lock: 'Locked in the veto escrow', escrow_unlock: 'Back from the veto escrow', rage_quit: 'Rage quit: withdrawal requested',
  rebase_consensus: 'Rewards (consensus layer)', socialized_loss: 'Loss (shared)', rebase_execution: 'Rewards (execution layer, MEV)',
  rebase_fee: 'Protocol fee', rebase_insurance_cover: 'Insurance cover', rebase_finalization: 'Finalization at a lower rate',
  rebase_other: 'Report, other', instant_withdrawal_fee: "Others' instant-withdrawal fees", rounding: 'Rounding',
};

async function account(seq, addr) {
  const [me, st, pool] = await Promise.all([api('/v1/accounts/' + addr), api('/v1/accounts/' + addr + '/statement'), api('/v1/pool')]);
  if (seq !== renderSeq) return;
  setBanner(pool);
  const ledgers = el('select', { id: 'ledger', 'aria-label': 'ledger' }, ['steth', 'wsteth', 'withdrawal', 'eth', 'all'].map((l) => el('option', { value: l }, l === 'all' ? 'all ledgers' : l)));
  const body = el('tbody');
  const fill = () => {
    const l = ledgers.value;
    body.replaceChildren(...st.entries.filter((e) => l === 'all' || e.ledger === l).slice().reverse().map((e) => el('tr', { class: 'r-' + e.reason },
      el('td', {}, el('span', { class: 'full' }, formatTime(e.time)), el('span', { class: 'short' }, formatTime(e.time).slice(5, 16))),
      el('td', { class: 'wide' }, e.ledger), el('td', { title: e.note || '' }, reasonText[e.reason] || e.reason),
      el('td', { class: BigInt(e.amount_wei) < 0n ? 'neg num' : 'pos num' }, ethSpan(e.amount_wei)),
      el('td', { class: 'num' }, ethSpan(e.balance_wei)),
      el('td', {}, e.peer ? addrLink(e.peer) : (e.request_id ? '#' + e.request_id : '')))));
  };
  ledgers.addEventListener('change', fill);
  fill();
  main.replaceChildren(el('h1', {}, 'Account'), el('p', { class: 'addr-line', id: 'address' }, me.address),
    el('section', { class: 'cards' },
      card('stETH', ethSpan(me.steth_balance_wei, 'account.steth_balance_wei')),
      card('wstETH', ethSpan(me.wsteth_balance_wei, 'account.wsteth_balance_wei')),
      card('In withdrawal', ethSpan(st.withdrawals_wei, 'statement.withdrawals_wei')),
      card('Position', ethSpan(st.position_wei, 'statement.position_wei'), 'stETH + wstETH + requests'),
      card('ETH', ethSpan(me.eth_balance_wei, 'account.eth_balance_wei')),
      me.veto_escrow ? card('In the veto escrow', ethSpan(me.veto_escrow.steth_wei, 'account_escrow.steth_wei'),
        el('span', { id: 'account-escrow' }, `stETH, with ${formatEth(me.veto_escrow.wsteth_wei)} wstETH and ${me.veto_escrow.requests.length} request(s); `,
          me.veto_escrow.committed ? 'committed to a rage quit: it leaves through the withdrawal queue' : 'round ' + me.veto_escrow.round + ', unlock at any time')) : null),
    el('section', { id: 'statement' }, el('h2', {}, 'Statement'),
      el('p', { class: 'muted' }, 'Every change of every balance, newest first; each ledger\'s entries add up to its balance to the wei. ',
        el('a', { href: '/v1/accounts/' + me.address + '/statement?format=csv', download: '' }, 'Download CSV')),
      el('div', { class: 'row' }, ledgers),
      el('div', { class: 'scroll' }, el('table', { class: 'statement' },
        el('thead', {}, el('tr', {}, ['Time', 'Ledger', 'Reason', 'Amount', 'Balance', 'With'].map((h, i) => el('th', { class: i === 1 ? 'wide' : null }, h)))), body))));
}

// --- operators ----------------------------------------------------------------------------

async function operators(seq) {
  const [ops, pool] = await Promise.all([api('/v1/operators'), api('/v1/pool')]);
  if (seq !== renderSeq) return;
  setBanner(pool);
  // every staking module's operators; only module 1's have a page (and indexed rewards) today
  const rows = ops.operators.map((o) => el('tr', { 'data-operator': o.global_id, 'data-module': o.module_id },
    el('td', {}, o.module_id === 1 ? el('a', { href: '#/operators/' + o.id }, o.name) : o.name),
    el('td', {}, `${o.module_name} (${o.module_id}, ${o.module_kind})`), el('td', { class: 'st-' + o.status }, o.status),
    el('td', { class: 'num' }, `${o.active_validators}`), el('td', { class: 'num' }, `${o.deposited} / ${o.limit}`),
    el('td', { class: 'num' }, `${o.exited}`), el('td', { class: 'num' }, `${o.stuck}`),
    el('td', { class: 'num' }, `${o.missed_attestations} / ${o.missed_proposals}`), el('td', { class: 'num' }, `${o.slashed}`),
    el('td', { class: 'num' }, ethSpan(o.reward_steth_now_wei, 'operator.reward_steth_now_wei'))));
  main.replaceChildren(el('h1', {}, 'Node operators'),
    table(['Operator', 'Module', 'Status', 'Active', 'Deposited / cap', 'Exited', 'Stuck', 'Missed att. / prop.', 'Slashed', 'Rewards (stETH)'], rows));
}

async function operatorPage(seq, id) {
  const [o, pool] = await Promise.all([api('/v1/operators/' + id), api('/v1/pool')]);
  if (seq !== renderSeq) return;
  setBanner(pool);
  const b = o.beacon;
  main.replaceChildren(el('h1', {}, o.name), el('p', { class: 'addr-line' }, 'Rewards to ', addrLink(o.reward_address)),
    el('section', { class: 'cards' },
      card('Status', el('span', { class: 'st-' + o.status }, o.status)),
      card('Validators', el('span', {}, `${o.active_validators}`), `${o.deposited} deposited, ${o.exited} exited`),
      card('Cap used', el('span', {}, (o.cap_used * 100).toFixed(1) + ' %'), `${o.deposited} of ${o.limit}; ${o.keys} keys`),
      card('Exit requests', el('span', {}, `${o.exit_requested}`), `${o.stuck} stuck`),
      card('Missed', el('span', {}, `${o.missed_attestations} att. / ${o.missed_proposals} prop.`), `${o.slashed} slashed`),
      card('Rewards', ethSpan(o.reward_steth_now_wei, 'operator.reward_steth_now_wei'), formatEth(o.reward_steth_wei) + ' stETH when minted')),
    b ? el('section', {}, el('h2', {}, 'Validators on the beacon chain'),
      table(['Index', 'Pubkey', 'Status', 'Balance'], (b.validators || []).map((v) => el('tr', {}, el('td', {}, String(v.index)),
        el('td', { class: 'mono' }, v.pubkey.slice(0, 18) + '…'), el('td', {}, v.status + (v.slashed ? ' (slashed)' : '')), el('td', {}, ethSpan(v.balance_wei))))))
      : el('p', { class: 'muted' }, 'No beacon node configured: validator statuses are not shown.'));
}

// --- oracle -----------------------------------------------------------------------------------

async function oracle(seq) {
  const [rs, pool] = await Promise.all([api('/v1/oracle/reports?limit=30'), api('/v1/pool')]);
  if (seq !== renderSeq) return;
  setBanner(pool);
  if (!rs.deployed) {
    main.replaceChildren(el('h1', {}, 'Oracle'), el('p', {}, 'No oracle is deployed with this pool.'));
    return;
  }
  const frame = rs.frame;
  const reports = rs.reports.map((r) => el('article', { class: 'report', 'data-ref-slot': r.ref_slot },
    el('h3', {}, `Report for slot ${r.ref_slot}`, r.bunker ? el('span', { class: 'tag bad' }, 'bunker') : null),
    el('p', { class: 'muted' }, formatTime(r.time) + ' · APR ' + formatPercent(r.apr) + ' · rate ' + (Number(BigInt(r.pre_share_rate)) / 1e18).toFixed(6) + ' → ' + (Number(BigInt(r.post_share_rate)) / 1e18).toFixed(6)),
    el('dl', {},
      el('dt', {}, 'Consensus layer'), el('dd', {}, ethSpan(r.consensus_wei)),
      el('dt', {}, 'Execution rewards'), el('dd', {}, ethSpan(r.el_rewards_pulled_wei)),
      el('dt', {}, 'Withdrawals pulled'), el('dd', {}, ethSpan(r.withdrawals_pulled_wei)),
      el('dt', {}, 'Insurance cover'), el('dd', {}, ethSpan(r.insurance_cover_wei)),
      el('dt', {}, 'Finalized'), el('dd', {}, r.finalized_up_to ? `#${r.finalized_from}–#${r.finalized_up_to}, ` : 'none', r.finalized_up_to ? ethSpan(r.ether_locked_wei) : '')),
    table(['Member', 'Vote', 'Support', ''], rs.members.map((m) => {
      const v = r.votes.filter((x) => x.member === m).pop();
      if (!v) return el('tr', { class: 'novote' }, el('td', {}, addrLink(m)), el('td', { class: 'muted' }, 'no vote'), el('td', {}), el('td', {}));
      return el('tr', {}, el('td', {}, addrLink(v.member)), el('td', { class: 'mono', title: v.hash }, v.hash.slice(0, 12) + '…'),
        el('td', {}, String(v.support)), el('td', {}, v.agreed ? el('span', { class: 'tag ok' }, 'agreed') : el('span', { class: 'tag' }, 'other hash')));
    }), 'votes')));
  main.replaceChildren(el('h1', {}, 'Oracle'),
    el('section', { class: 'cards' },
      card('Committee', el('span', {}, `${rs.quorum} of ${rs.members.length}`), 'votes needed'),
      card('Frame', el('span', {}, `${frame.epochs_per_frame} epochs`), 'current reference slot ' + frame.current_ref_slot),
      card('Next report', el('span', {}, formatIn(frame.next_report_time, pool.time)), 'after slot ' + frame.last_ref_slot + ' was reported'),
      card('Pending votes', el('span', {}, String(rs.pending_votes.length)), frame.consensus_hash ? 'consensus reached' : 'no consensus yet')),
    el('section', { id: 'reports' }, el('h2', {}, 'Reports'), reports.length ? reports : el('p', { class: 'muted' }, 'No report yet.')));
}

// --- governance --------------------------------------------------------------------------------

async function governance(seq) {
  const [g, pool] = await Promise.all([api('/v1/governance'), api('/v1/pool')]);
  if (seq !== renderSeq) return;
  setBanner(pool);
  const rows = g.proposals.map((p) => el('tr', { 'data-proposal': p.id }, el('td', {}, '#' + p.id), el('td', {}, p.target_name || shortAddr(p.target)),
    el('td', { class: 'mono' }, p.call || p.data.slice(0, 18)), el('td', { class: 'st-' + p.status }, p.status),
    el('td', {}, `${p.approvals.length} / ${g.threshold}`),
    el('td', {}, p.status === 'queued' ? 'ready ' + formatTime(p.ready_at) : p.status === 'executed' ? formatTime(p.executed_at) : formatTime(p.time))));
  main.replaceChildren(el('h1', {}, 'Governance'),
    el('section', { class: 'cards' },
      card('Committee', el('span', {}, `${g.threshold} of ${g.members.length}`), 'approvals to queue a proposal'),
      card('Timelock', el('span', {}, formatIn(g.timelock_seconds, 0).replace('about ', '')), 'between queueing and execution'),
      card('Proposal lifetime', el('span', {}, formatIn(g.proposal_lifetime_seconds, 0).replace('about ', '')))),
    escrowSection(g.veto_escrow, pool.time),
    pauseSection(g.pause, pool.time),
    el('section', {}, el('h2', {}, 'Proposals'), rows.length ? table(['#', 'Target', 'Call', 'Status', 'Approvals', 'When'], rows) : el('p', { class: 'muted' }, 'No proposal yet.')),
    el('section', {}, el('h2', {}, 'Members'), el('ul', { class: 'members' }, g.members.map((m) => el('li', {}, addrLink(m))))));
}

// escrowSection shows the stakers' veto: the round's support against the
// two seals, the state, the timelock extension, what the escrow holds.
function escrowSection(e, now) {
  const h = el('h2', {}, 'Veto escrow');
  if (!e.deployed) return el('section', { id: 'escrow', 'data-state': 'none' }, h, el('p', { class: 'muted' }, e.note));
  const scale = Math.max(e.second_seal_bp * 1.25, e.support_bp, 1); // the bar's full width, in bp
  const pct = (bp) => `${Math.min(100, (bp / scale) * 100).toFixed(2)}%`;
  // Positions through the CSSOM: the page's CSP refuses style attributes.
  const at = (node, prop, bp) => { node.style[prop] = pct(bp); return node; };
  const bar = el('div', { class: 'seals', role: 'img', 'aria-label': `support ${e.support_bp / 100}% of stETH; first seal ${e.first_seal_bp / 100}%, second seal ${e.second_seal_bp / 100}%` },
    at(el('div', { class: 'support st-' + e.state, 'data-bp': e.support_bp }), 'width', e.support_bp),
    at(el('div', { class: 'seal' }, el('span', {}, `first seal ${e.first_seal_bp / 100}%`)), 'left', e.first_seal_bp),
    at(el('div', { class: 'seal second' }, el('span', {}, `second seal ${e.second_seal_bp / 100}%`)), 'left', e.second_seal_bp));
  const states = { normal: 'Normal', veto: 'Veto signalling', rage_quit: 'Rage quit' };
  const ext = e.timelock_extension_seconds;
  const rq = e.rage_quit;
  return el('section', { id: 'escrow', 'data-state': e.state },
    h, el('p', {}, 'Holders lock stETH, wstETH or withdrawal requests here against governance. From the first seal every proposal waits longer; at the second nothing executes and the lockers leave through the withdrawal queue (rage quit). ', addrLink(e.address)),
    el('div', { class: 'seal-bar' }, el('div', { class: 'seal-head' }, el('strong', {}, `Support ${(e.support_bp / 100).toFixed(2)}%`),
      el('span', { class: 'tag ' + (e.state === 'normal' ? 'ok' : 'bad'), id: 'escrow-state' }, states[e.state] || e.state)), bar),
    el('section', { class: 'cards' },
      card('Timelock extension', el('span', { id: 'escrow-extension', 'data-seconds': ext }, ext ? formatIn(ext, 0).replace('about ', '+') : 'none'),
        `at most ${formatIn(e.max_extension_seconds, 0).replace('about ', '')}, reached at the second seal`),
      card('Round ' + e.round + ' weight', ethSpan(e.round_weight_steth_wei, 'escrow.round_weight_steth_wei'), 'stETH the round\'s shares are worth'),
      card('stETH locked', ethSpan(e.locked_steth_wei, 'escrow.locked_steth_wei')),
      card('wstETH locked', ethSpan(e.locked_wsteth_wei, 'escrow.locked_wsteth_wei')),
      card('Requests locked', el('span', {}, String(e.locked_requests)), ethSpan(e.locked_requests_steth_wei, 'escrow.locked_requests_steth_wei'))),
    rq ? el('p', { class: 'muted' }, `Last rage quit: round ${rq.round}, from ${formatTime(rq.start)}; its window ends ${formatTime(rq.window_ends)} and it holds proposals until request #${rq.last_request_id} is finalized.`) : null,
    el('p', { class: 'muted' }, e.note));
}

// pauseSection shows the emergency pause and the gate seal.
function pauseSection(p, now) {
  const g = p.gate_seal;
  const what = p.paused ? `${pauseTargets(p.targets)} paused until ${formatTime(p.until)}` : 'Nothing is paused';
  return el('section', { id: 'pause', 'data-state': p.paused ? 'paused' : 'running' }, el('h2', {}, 'Emergency pause'),
    el('section', { class: 'cards' },
      card('Now', el('span', { class: p.paused ? 'bad' : '' }, what), p.paused ? formatIn(p.until, now) + ' from now' : null),
      card('Last change', el('span', {}, p.last_change ? `${p.last_change} ${formatTime(p.last_change_time)}` : 'never'),
        p.by ? el('span', {}, (p.by_role === 'gate_seal' ? 'by the emergency committee ' : 'by governance '), addrLink(p.by)) : null),
      g ? card('Gate seal', el('span', {}, g.used ? 'used' : g.active ? 'ready' : 'expired or unset'),
        g.committee ? el('span', {}, `one pause of ${formatIn(g.pause_seconds, 0).replace('about ', '')}, until ${formatTime(g.expiry)}; committee `, addrLink(g.committee)) : 'no committee')
        : card('Gate seal', el('span', {}, 'not deployed'))));
}

// --- routing ----------------------------------------------------------------------------------

async function connect() {
  try {
    await wallet.connect(contracts ? contracts.chain_id : null);
    showWallet();
    route();
  } catch (e) {
    walletInfo.textContent = e.message;
    walletInfo.className = 'bad';
  }
}

function showWallet() {
  if (wallet.account) {
    walletInfo.replaceChildren(el('a', { href: '#/account/' + wallet.account, title: wallet.account, id: 'wallet-address' }, shortAddr(wallet.account)));
    walletInfo.className = '';
    walletBtn.hidden = true;
  }
}

async function route() {
  const seq = ++renderSeq;
  const h = location.hash.replace(/^#/, '') || '/';
  for (const a of document.querySelectorAll('nav a')) a.classList.toggle('here', h === a.getAttribute('href').slice(1) || (h.startsWith('/operators') && a.getAttribute('href') === '#/operators'));
  try {
    shownBlock = Math.max(shownBlock, (await api('/v1/status')).block);
    if (!contracts) contracts = await api('/v1/contracts');
    let m;
    if (h === '/') await overview(seq);
    else if (h === '/stake') await stake(seq);
    else if ((m = /^\/account\/(0x[0-9a-fA-F]{40})$/.exec(h))) await account(seq, m[1]);
    else if (h === '/account' && wallet.account) await account(seq, wallet.account);
    else if (h === '/operators') await operators(seq);
    else if ((m = /^\/operators\/(\d+)$/.exec(h))) await operatorPage(seq, m[1]);
    else if (h === '/oracle') await oracle(seq);
    else if (h === '/governance') await governance(seq);
    else main.replaceChildren(el('h1', {}, 'Not found'), el('p', {}, el('a', { href: '#/' }, 'Back to the pool')));
    if (seq === renderSeq) document.body.dataset.ready = h;
  } catch (e) {
    if (seq === renderSeq) showError(main, e);
  }
}

walletBtn.addEventListener('click', connect);
window.addEventListener('hashchange', route);
window.addEventListener('wallet', () => { showWallet(); route(); });
// Refresh with the chain: a block newer than the one the page shows
// re-renders it, unless a transaction is in flight or a form is being
// filled in.
setInterval(async () => {
  if (document.hidden || pending > 0) return;
  try {
    const s = await api('/v1/status');
    const busy = pending > 0 || (document.activeElement && document.activeElement.tagName === 'INPUT' && document.activeElement.value);
    if (s.block > shownBlock && !busy) route(); // (a transaction may have started while the status was read)
  } catch (e) { /* the next tick retries */ }
}, 2000);
route();
