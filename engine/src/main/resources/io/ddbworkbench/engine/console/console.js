// The engine console: reads /console/api and draws tables, items, index entries and stream records.
// Every value from a table is user data, so the page is built with DOM nodes and text only: nothing read
// from the engine ever goes through innerHTML, and links are made from encoded names.
'use strict';

(() => {
  const API = '/console/api/tables';
  const main = document.getElementById('main');
  const where = document.getElementById('where');
  const TYPE_NAMES = {
    S: 'String', N: 'Number', B: 'Binary', BOOL: 'Boolean', NULL: 'Null', SS: 'String set',
    NS: 'Number set', BS: 'Binary set', L: 'List', M: 'Map'
  };
  const PAGE_SIZES = [10, 25, 100];
  const DEFAULT_PAGE_SIZE = 25;
  const RECORD_COUNTS = [20, 50, 200];
  const DEFAULT_RECORD_COUNT = 50;

  /** A problem to show the reader instead of a view. */
  class Problem extends Error {}

  // ---- building the page --------------------------------------------------------------------------------

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === null || value === false) {
        continue;
      }
      if (name === 'class') {
        node.className = value;
      } else if (name === 'on') {
        Object.entries(value).forEach(([event, handler]) => node.addEventListener(event, handler));
      } else {
        node.setAttribute(name, value === true ? '' : String(value));
      }
    }
    for (const child of children.flat(Infinity)) {
      if (child !== undefined && child !== null && child !== false) {
        node.append(child instanceof Node ? child : String(child));
      }
    }
    return node;
  }

  /** A route as a link: the parts are names (encoded here), the parameters drop empty values. */
  function href(parts, parameters) {
    const path = '#/' + parts.map(encodeURIComponent).join('/');
    const query = new URLSearchParams();
    Object.entries(parameters || {}).forEach(([name, value]) => {
      if (value !== undefined && value !== null && value !== '') {
        query.set(name, value);
      }
    });
    const text = query.toString();
    return text ? path + '?' + text : path;
  }

  function link(parts, parameters, ...text) {
    return el('a', { href: href(parts, parameters) }, ...text);
  }

  function facts(rows) {
    return el('dl', { class: 'facts' },
      rows.filter(row => row).map(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
  }

  function badge(text, kind) {
    return el('span', { class: 'badge ' + (kind || text) }, text);
  }

  function crumbs(...parts) {
    const nodes = [link([], {}, 'Tables')];
    parts.forEach(part => nodes.push(' / ', part));
    return el('p', { class: 'crumbs' }, nodes);
  }

  function count(number, one, many) {
    return Number(number).toLocaleString('en-US') + ' ' + (Number(number) === 1 ? one : many);
  }

  function bytes(number) {
    const exact = count(number, 'byte', 'bytes');
    return number < 1024 ? exact : exact + ' (' + (number / 1024).toFixed(1) + ' KB)';
  }

  function date(epochSeconds) {
    return new Date(Number(epochSeconds) * 1000).toISOString().replace('T', ' ').slice(0, 19) + ' UTC';
  }

  function code(text) {
    return el('code', {}, text);
  }

  // ---- talking to the engine ----------------------------------------------------------------------------

  async function api(path, parameters) {
    const query = Object.entries(parameters || {})
      .filter(([, value]) => value !== undefined && value !== null && value !== '')
      .map(([name, value]) => encodeURIComponent(name) + '=' + encodeURIComponent(value))
      .join('&');
    let response;
    try {
      response = await fetch(API + path + (query ? '?' + query : ''), { headers: { Accept: 'application/json' } });
    } catch (unreachable) {
      throw new Problem('The engine did not answer. Is it still running?');
    }
    let body;
    try {
      body = await response.json();
    } catch (notJson) {
      throw new Problem('The engine sent an answer the console cannot read (HTTP ' + response.status + ').');
    }
    if (!response.ok) {
      throw new Problem(body.message || 'The engine answered HTTP ' + response.status + '.');
    }
    return body;
  }

  function tablePath(name) {
    return '/' + encodeURIComponent(name);
  }

  // ---- keys and values ----------------------------------------------------------------------------------

  /** Key attributes with their types: [{name, role, type}], partition key first. */
  function keyAttributes(keySchema, definitions) {
    return keySchema.map(element => ({
      name: element.AttributeName,
      role: element.KeyType === 'HASH' ? 'partition key' : 'sort key',
      type: element.AttributeType
        || ((definitions || []).find(d => d.AttributeName === element.AttributeName) || {}).AttributeType
    }));
  }

  function keyText(keySchema, definitions) {
    return keyAttributes(keySchema, definitions).map(key => key.name + ' (' + key.type + ')').join(' · ');
  }

  function scalarText(value) {
    const [type, content] = Object.entries(value || {})[0] || [];
    return type === 'S' ? JSON.stringify(content) : String(content);
  }

  /** "pk = "A" · sk = "B"": the key values of an item under a key schema. */
  function keySummary(item, keySchema) {
    return keySchema
      .filter(element => item[element.AttributeName])
      .map(element => element.AttributeName + ' = ' + scalarText(item[element.AttributeName]))
      .join(' · ') || '(no key attributes)';
  }

  function typeTag(type) {
    return el('span', { class: 'type', title: TYPE_NAMES[type] || type }, type);
  }

  /** One attribute value, readable: its type, then its content (maps and lists nest). */
  function readable(value) {
    const [type, content] = Object.entries(value)[0];
    switch (type) {
      case 'S':
        return [typeTag(type), el('span', { class: 'v-S' }, JSON.stringify(content))];
      case 'N':
        return [typeTag(type), el('span', { class: 'v-N' }, content)];
      case 'B':
        return [typeTag(type), el('span', { class: 'mono' }, content),
          el('span', { class: 'muted' }, ' (' + count(atob(content).length, 'byte', 'bytes') + ')')];
      case 'BOOL':
        return [typeTag(type), String(content)];
      case 'NULL':
        return [typeTag(type), 'null'];
      case 'SS':
        return [typeTag(type), '{ ' + content.map(text => JSON.stringify(text)).join(', ') + ' }'];
      case 'NS':
      case 'BS':
        return [typeTag(type), el('span', { class: 'mono' }, '{ ' + content.join(', ') + ' }')];
      case 'L':
        return [typeTag(type), content.length === 0 ? '[ ]'
          : el('ol', { start: 0 }, content.map(element => el('li', {}, readable(element))))];
      case 'M':
        return [typeTag(type), Object.keys(content).length === 0 ? '{ }' : attributes(content)];
      default:
        return [typeTag(type), JSON.stringify(content)];
    }
  }

  function attributes(map) {
    return el('dl', {},
      Object.entries(map).map(([name, value]) => [el('dt', {}, name), el('dd', {}, readable(value))]));
  }

  /** An item or image, readable or as DynamoDB JSON, with its key attributes first, in keyNames' order. */
  function itemBody(item, keyNames, asJson) {
    const ordered = {};
    keyNames.filter(name => name in item).forEach(name => { ordered[name] = item[name]; });
    Object.keys(item).filter(name => !(name in ordered)).forEach(name => { ordered[name] = item[name]; });
    return asJson ? el('pre', {}, dynamoJson(ordered)) : el('div', { class: 'value' }, attributes(ordered));
  }

  /** DynamoDB JSON with one attribute a line, as the documentation writes items. */
  function dynamoJson(item) {
    const lines = Object.entries(item).map(([name, value]) => '  ' + JSON.stringify(name) + ': ' + JSON.stringify(value));
    return '{\n' + lines.join(',\n') + '\n}';
  }

  /** A row of links of which the current choice (an index; -1 for none) is marked. */
  function choices(label, links, chosen) {
    if (chosen >= 0) {
      links[chosen].classList.add('on');
      links[chosen].setAttribute('aria-current', 'true');
    }
    return el('div', { class: 'chips', role: 'group', 'aria-label': label }, links);
  }

  /** Links to the same view with other {@code limit}s, the current one marked (when it is one of them). */
  function sizeChoices(label, route, parameters, sizes, current) {
    const links = sizes.map(size => link(route, { ...parameters, limit: size }, String(size)));
    return el('span', { class: 'sizes' }, el('span', { class: 'muted' }, label + ':'),
      choices(label, links, sizes.indexOf(current)));
  }

  function viewSwitch(parts, parameters) {
    return choices('Show values as', [
      link(parts, { ...parameters, view: '' }, 'Readable'),
      link(parts, { ...parameters, view: 'json' }, 'DynamoDB JSON')
    ], parameters.view === 'json' ? 1 : 0);
  }

  // ---- views --------------------------------------------------------------------------------------------

  async function tablesView() {
    const data = await api('', {});
    where.textContent = 'read-only · ' + location.host + ' · region ' + data.region;
    if (data.tables.length === 0) {
      return [el('h1', {}, 'Tables'), el('div', { class: 'card' },
        el('p', {}, 'No tables yet. Create one with the SDK, a demo or the AWS CLI, then press Refresh:'),
        el('pre', {}, 'aws dynamodb create-table --table-name Notes \\\n'
          + '  --attribute-definitions AttributeName=pk,AttributeType=S \\\n'
          + '  --key-schema AttributeName=pk,KeyType=HASH \\\n'
          + '  --billing-mode PAY_PER_REQUEST --endpoint-url ' + location.origin))];
    }
    return [
      el('h1', {}, 'Tables'),
      el('p', { class: 'lead' }, count(data.tables.length, 'table', 'tables') + ' in this engine.'),
      el('div', { class: 'cards' }, data.tables.map(tableCard))
    ];
  }

  function tableCard(view) {
    const table = view.Table;
    const locals = (table.LocalSecondaryIndexes || []).length;
    const globals = (table.GlobalSecondaryIndexes || []).length;
    return el('section', { class: 'card' },
      el('h3', {}, link(['table', table.TableName], {}, table.TableName)),
      el('div', { class: 'badges' },
        badge(table.TableStatus),
        badge(view.BillingMode === 'PAY_PER_REQUEST' ? 'on-demand' : 'provisioned', 'plain'),
        globals ? badge(count(globals, 'GSI', 'GSIs'), 'plain') : null,
        locals ? badge(count(locals, 'LSI', 'LSIs'), 'plain') : null,
        view.Stream && view.Stream.StreamStatus === 'ENABLED' ? badge('stream', 'plain') : null,
        view.TimeToLive.TimeToLiveStatus === 'ENABLED' ? badge('TTL', 'plain') : null),
      facts([
        ['Key', keyText(table.KeySchema, table.AttributeDefinitions)],
        ['Items', count(table.ItemCount, 'item', 'items')],
        ['Size', bytes(table.TableSizeBytes)]
      ]),
      el('div', { class: 'actions' },
        link(['table', table.TableName, 'items'], {}, 'Browse items'),
        view.Stream ? link(['table', table.TableName, 'stream'], {}, 'Stream records') : null));
  }

  function billing(view) {
    if (view.BillingMode === 'PAY_PER_REQUEST') {
      return 'On-demand (PAY_PER_REQUEST): pay per request, no capacity to plan';
    }
    const throughput = view.Table.ProvisionedThroughput;
    return 'Provisioned: ' + throughput.ReadCapacityUnits + ' read and ' + throughput.WriteCapacityUnits
      + ' write capacity units per second';
  }

  async function tableView(name) {
    const view = await api(tablePath(name), {});
    const table = view.Table;
    const keys = keyAttributes(table.KeySchema, table.AttributeDefinitions);
    const indexes = (table.LocalSecondaryIndexes || []).map(index => ({ index, global: false }))
      .concat((table.GlobalSecondaryIndexes || []).map(index => ({ index, global: true })));
    return [
      crumbs(el('span', {}, table.TableName)),
      el('h1', {}, table.TableName),
      el('div', { class: 'badges' }, badge(table.TableStatus)),
      el('div', { class: 'actions' },
        link(['table', name, 'items'], {}, 'Browse items'),
        view.Stream ? link(['table', name, 'stream'], {}, 'Stream records') : null),
      el('h2', {}, 'Overview'),
      el('section', { class: 'card' }, facts([
        ['Partition key', keys[0].name + ' (' + keys[0].type + ')'],
        ['Sort key', keys[1] ? keys[1].name + ' (' + keys[1].type + ')' : 'none: one item per partition key'],
        ['Billing', billing(view)],
        ['Items', count(table.ItemCount, 'item', 'items')],
        ['Size', bytes(table.TableSizeBytes)],
        ['Created', date(table.CreationDateTime)],
        ['Table class', (table.TableClassSummary || {}).TableClass || 'STANDARD'],
        ['Deletion protection', table.DeletionProtectionEnabled ? 'on' : 'off'],
        ['ARN', code(table.TableArn)]
      ])),
      el('h2', {}, 'Secondary indexes'),
      indexes.length === 0 ? el('p', { class: 'muted' }, 'No secondary indexes.')
        : el('div', { class: 'cards' }, indexes.map(entry => indexCard(name, table, entry.index, entry.global))),
      el('h2', {}, 'Stream'),
      streamFacts(name, view.Stream),
      el('h2', {}, 'Time to live'),
      el('section', { class: 'card' }, facts([
        ['Status', badge(view.TimeToLive.TimeToLiveStatus)],
        ['Attribute', view.TimeToLive.AttributeName ? code(view.TimeToLive.AttributeName) : 'none'],
        view.TimeToLive.TimeToLiveStatus === 'ENABLED'
          ? ['Deletes', 'items whose attribute holds a past epoch-seconds Number'] : null
      ]))
    ];
  }

  function indexCard(tableName, table, index, global) {
    const projection = index.Projection;
    return el('section', { class: 'card' },
      el('h3', {}, index.IndexName),
      el('div', { class: 'badges' },
        badge(global ? 'global (GSI)' : 'local (LSI)', 'plain'),
        global ? badge(index.IndexStatus) : null),
      facts([
        ['Key', keyText(index.KeySchema, table.AttributeDefinitions)],
        ['Projection', projection.ProjectionType
          + (projection.NonKeyAttributes ? ': keys + ' + projection.NonKeyAttributes.join(', ') : '')],
        ['Entries', count(index.ItemCount, 'entry', 'entries')],
        ['Size', bytes(index.IndexSizeBytes)],
        global && index.ProvisionedThroughput && index.ProvisionedThroughput.ReadCapacityUnits
          ? ['Throughput', index.ProvisionedThroughput.ReadCapacityUnits + ' RCU / '
            + index.ProvisionedThroughput.WriteCapacityUnits + ' WCU'] : null
      ]),
      el('div', { class: 'actions' },
        link(['table', tableName, 'items'], { index: index.IndexName }, 'Browse entries')));
  }

  function streamFacts(tableName, stream) {
    if (!stream) {
      return el('p', { class: 'muted' }, 'No stream: this table records no changes.');
    }
    const shard = stream.Shards[0];
    const range = shard.SequenceNumberRange;
    return el('section', { class: 'card' }, facts([
      ['Status', badge(stream.StreamStatus)],
      ['View type', stream.StreamViewType],
      ['Label', code(stream.StreamLabel)],
      ['ARN', code(stream.StreamArn)],
      ['Shard', code(shard.ShardId)],
      ['Sequence numbers', 'from ' + range.StartingSequenceNumber
        + (range.EndingSequenceNumber ? ' to ' + range.EndingSequenceNumber + ' (closed)' : ', open')]
    ]), tableName ? el('div', { class: 'actions' }, link(['table', tableName, 'stream'], {}, 'Newest records')) : null);
  }

  async function itemsView(name, parameters) {
    const [view, page] = await Promise.all([
      api(tablePath(name), {}),
      api(tablePath(name) + '/items',
        { index: parameters.index, pk: parameters.pk, sk: parameters.sk, after: parameters.after, limit: parameters.limit })
    ]);
    const table = view.Table;
    const route = ['table', name, 'items'];
    const asJson = parameters.view === 'json';
    const indexNames = (table.LocalSecondaryIndexes || []).concat(table.GlobalSecondaryIndexes || [])
      .map(index => index.IndexName);
    const what = page.IndexName ? 'entries' : 'items';
    return [
      crumbs(link(['table', name], {}, name), el('span', {}, page.IndexName ? 'Index ' + page.IndexName : 'Items')),
      el('h1', {}, page.IndexName ? 'Entries of index ' + page.IndexName : 'Items of ' + name),
      indexNames.length === 0 ? null : choices('Read', [link(route, { view: parameters.view }, 'Table')]
        .concat(indexNames.map(indexName => link(route, { index: indexName, view: parameters.view }, indexName))),
      page.IndexName ? indexNames.indexOf(page.IndexName) + 1 : 0),
      keyForm(route, page, parameters),
      viewSwitch(route, parameters),
      el('p', { class: 'lead' }, summary(page, parameters, what)),
      page.Items.length ? keySpace(page.Items, page.KeySchema) : null,
      page.Items.length === 0 ? el('p', { class: 'muted' }, 'Nothing here.')
        : el('div', { class: 'cards list' }, page.Items.map(entry => itemCard(entry, page.KeySchema, asJson))),
      pager(route, page, parameters)
    ];
  }

  function summary(page, parameters, what) {
    const amount = number => count(number, what === 'items' ? 'item' : 'entry', what);
    const [partition, sort] = page.KeySchema;
    const shown = parameters.pk
      ? amount(page.Items.length) + ' of the item collection ' + partition.AttributeName + ' = '
        + JSON.stringify(parameters.pk) + (parameters.sk ? ', sort key ' + sortHint(sort) + ' '
        + JSON.stringify(parameters.sk) : '')
      : amount(page.Items.length) + ' of ' + amount(page.ItemCount);
    return shown + (parameters.after ? ', after the previous page' : '')
      + '. In storage order: by partition key hash, then sort key.';
  }

  function sortHint(sortKey) {
    return sortKey && sortKey.AttributeType === 'N' ? 'equal to' : 'beginning with';
  }

  /** The key-condition box: one item collection, optionally narrowed by a sort key prefix. */
  function keyForm(route, page, parameters) {
    const [partition, sort] = page.KeySchema;
    const form = el('form', { class: 'keys', role: 'search' },
      el('label', {}, 'Partition key ' + partition.AttributeName + ' (' + partition.AttributeType + ') =',
        el('input', { name: 'pk', value: parameters.pk || '', autocomplete: 'off', spellcheck: 'false' })),
      sort ? el('label', {}, 'Sort key ' + sort.AttributeName + ' (' + sort.AttributeType + ') ' + sortHint(sort),
        el('input', { name: 'sk', value: parameters.sk || '', autocomplete: 'off', spellcheck: 'false' })) : null,
      el('button', { type: 'submit' }, 'Show collection'),
      parameters.pk ? link(route, { index: parameters.index, view: parameters.view }, 'Show all') : null);
    form.addEventListener('submit', event => {
      event.preventDefault();
      const data = new FormData(form);
      location.hash = href(route, {
        index: parameters.index, view: parameters.view, pk: data.get('pk'), sk: data.get('sk')
      });
    });
    return form;
  }

  /** Where the page's partition keys fall in the 63-bit hash space that decides their partitions. */
  function keySpace(entries, keySchema) {
    const line = el('div', { class: 'line', role: 'img',
      'aria-label': 'Positions of ' + count(entries.length, 'partition key', 'partition keys') + ' in the hash space' });
    entries.forEach(entry => {
      const tick = el('span', { class: 'tick', title: keySummary(entry.Item, keySchema.slice(0, 1))
        + ' → hash ' + entry.PartitionKeyHash });
      tick.style.left = (Number(entry.HashFraction) * 100).toFixed(3) + '%';
      line.append(tick);
    });
    return el('div', { class: 'keyspace' },
      el('p', { class: 'explain' }, 'Where these partition keys land in the key space. The service splits that'
        + ' space into partitions: keys that spread along the line spread the load, one value used by every'
        + ' item makes a hot partition.'),
      line,
      el('div', { class: 'ends' }, el('span', {}, '0'), el('span', {}, '2⁶³')));
  }

  function itemCard(entry, keySchema, asJson) {
    return el('article', { class: 'card item' },
      el('header', {},
        el('h3', {}, keySummary(entry.Item, keySchema)),
        el('span', { class: 'meta', title: 'partition key hash ' + entry.PartitionKeyHash },
          count(entry.SizeBytes, 'byte', 'bytes') + ' · hash ' + entry.PartitionKeyHash.slice(0, 8) + '… at '
          + (Number(entry.HashFraction) * 100).toFixed(1) + '% of the key space')),
      itemBody(entry.Item, keySchema.map(element => element.AttributeName), asJson));
  }

  function pager(route, page, parameters) {
    const kept = { index: parameters.index, pk: parameters.pk, sk: parameters.sk, view: parameters.view,
      limit: parameters.limit };
    const size = Number(parameters.limit) || DEFAULT_PAGE_SIZE;
    return el('div', {},
      el('nav', { class: 'pager', 'aria-label': 'Pages' },
        parameters.after ? link(route, kept, '« First page') : null,
        page.Next ? el('a', { class: 'next', href: href(route, { ...kept, after: page.Next }) }, 'Next page »')
          : el('span', { class: 'muted' }, 'Last page.'),
        sizeChoices('Per page', route, kept, PAGE_SIZES, size)),
      page.LastEvaluatedKey ? el('details', {},
        el('summary', {}, 'The LastEvaluatedKey a Scan or Query would return here'),
        el('pre', {}, dynamoJson(page.LastEvaluatedKey))) : null);
  }

  async function streamView(name, parameters) {
    const data = await api(tablePath(name) + '/stream', { limit: parameters.limit });
    const route = ['table', name, 'stream'];
    const asJson = parameters.view === 'json';
    return [
      crumbs(link(['table', name], {}, name), el('span', {}, 'Stream')),
      el('h1', {}, 'Stream records of ' + name),
      streamFacts(null, data.Stream),
      viewSwitch(route, parameters),
      el('div', { class: 'pager' },
        el('span', { class: 'lead' }, 'The ' + count(data.Records.length, 'newest record', 'newest records')
          + ', newest first.'),
        sizeChoices('Show', route, parameters, RECORD_COUNTS, Number(parameters.limit) || DEFAULT_RECORD_COUNT)),
      data.Records.length === 0 ? el('p', { class: 'muted' }, 'No records yet: write to the table, then press Refresh.')
        : el('div', { class: 'cards list' }, data.Records.map(record => recordCard(record, asJson)))
    ];
  }

  function recordCard(record, asJson) {
    const change = record.dynamodb;
    const images = [['Keys', change.Keys], ['New image', change.NewImage], ['Old image', change.OldImage]];
    return el('article', { class: 'card item' },
      el('header', {},
        badge(record.eventName),
        record.userIdentity ? badge('deleted by TTL', 'REMOVE') : null,
        el('h3', {}, Object.entries(change.Keys).map(([key, value]) => key + ' = ' + scalarText(value)).join(' · ')),
        el('span', { class: 'meta' }, 'sequence ' + change.SequenceNumber + ' · ' + date(change.ApproximateCreationDateTime)
          + ' · ' + count(change.SizeBytes, 'byte', 'bytes'))),
      images.filter(([, image]) => image).map(([title, image]) =>
        el('section', { class: 'image' }, el('h4', {}, title), itemBody(image, Object.keys(change.Keys), asJson))));
  }

  // ---- routing ------------------------------------------------------------------------------------------

  function parseRoute() {
    const hash = location.hash.replace(/^#/, '') || '/';
    const question = hash.indexOf('?');
    const path = question < 0 ? hash : hash.slice(0, question);
    const parameters = Object.fromEntries(new URLSearchParams(question < 0 ? '' : hash.slice(question + 1)));
    let parts;
    try {
      parts = path.split('/').filter(part => part).map(decodeURIComponent);
    } catch (malformed) {
      parts = ['?'];
    }
    return { parts, parameters };
  }

  function viewFor({ parts, parameters }) {
    if (parts.length === 0) {
      return tablesView();
    }
    if (parts[0] === 'table' && parts.length === 2) {
      return tableView(parts[1]);
    }
    if (parts[0] === 'table' && parts.length === 3 && parts[2] === 'items') {
      return itemsView(parts[1], parameters);
    }
    if (parts[0] === 'table' && parts.length === 3 && parts[2] === 'stream') {
      return streamView(parts[1], parameters);
    }
    return Promise.reject(new Problem('The console has no such page.'));
  }

  let latest = 0;

  async function render() {
    const mine = ++latest;
    document.body.dataset.state = 'loading';
    let content;
    try {
      content = await viewFor(parseRoute());
    } catch (failure) {
      if (!(failure instanceof Problem)) {
        console.error(failure);
      }
      content = [el('div', { class: 'problem', role: 'alert' }, failure.message),
        el('p', {}, link([], {}, 'Back to the tables'))];
    }
    if (mine !== latest) {
      return;
    }
    main.replaceChildren(...[content].flat(Infinity).filter(node => node));
    const heading = main.querySelector('h1');
    document.title = (heading ? heading.textContent + ' · ' : '') + 'Workbench engine console';
    document.body.dataset.route = location.hash || '#/';
    document.body.dataset.state = 'ready';
  }

  where.textContent = 'read-only · ' + location.host;
  window.addEventListener('hashchange', () => {
    render();
    window.scrollTo(0, 0);
  });
  document.getElementById('refresh').addEventListener('click', render);
  render();
})();
