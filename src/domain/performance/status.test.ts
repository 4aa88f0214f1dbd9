import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { directionOfTravel, ragTag } from './status.ts';

test('RAG tags are words', () => {
  assert.equal(ragTag('met', true).text, 'Green: on target');
  assert.equal(ragTag('near', true).text, 'Amber: within tolerance');
  assert.equal(ragTag('not met', true).text, 'Red: beyond tolerance');
  assert.equal(ragTag(null, true).text, 'No figure');
  assert.equal(ragTag('met', false).text, 'No target set');
});

test('direction of travel follows the polarity', () => {
  assert.deepEqual(directionOfTravel(60, 70, 'up'), { text: 'Improving (up)', judgement: 'better' });
  assert.deepEqual(directionOfTravel(60, 70, 'down'), { text: 'Worsening (up)', judgement: 'worse' });
  assert.deepEqual(directionOfTravel(70, 60, 'down'), { text: 'Improving (down)', judgement: 'better' });
  assert.deepEqual(directionOfTravel(70, 60, 'context'), { text: 'Down', judgement: 'down' });
  assert.equal(directionOfTravel(null, 60, 'up').text, 'No earlier figure');
  assert.equal(directionOfTravel(60, 60, 'up').text, 'No change');
});

test('reversing polarity reverses the judgement of any change', () => {
  fc.assert(fc.property(fc.double({ noNaN: true }), fc.double({ noNaN: true }), (a, b) => {
    const up = directionOfTravel(a, b, 'up').judgement;
    const down = directionOfTravel(a, b, 'down').judgement;
    if (a === b) return up === 'same' && down === 'same';
    return (up === 'better') === (down === 'worse');
  }));
});
