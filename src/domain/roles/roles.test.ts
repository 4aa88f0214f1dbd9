import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ROLES, PERMISSIONS, can, isRole, mayHoldSeveralCouncils, permissionsOf } from './roles.ts';

test('every role can read its council, and only the Adviser edits reviews', () => {
  for (const role of ROLES) assert.ok(can(role, 'council.read'), role);
  assert.deepEqual(ROLES.filter((r) => can(r, 'reviews.edit')), ['adviser']);
});

test('child-level lists are limited to the roles that work with cases or inspect them', () => {
  assert.deepEqual(ROLES.filter((r) => can(r, 'children.read')), ['officer', 'dcs', 'adviser', 'inspector']);
});

test('accounts and the audit log belong to administrators alone', () => {
  assert.deepEqual(ROLES.filter((r) => can(r, 'users.manage')), ['admin']);
  assert.deepEqual(ROLES.filter((r) => can(r, 'audit.read')), ['admin']);
});

test('only DfE officials see across councils', () => {
  assert.deepEqual(ROLES.filter((r) => can(r, 'overview.read')), ['dfe_official']);
  assert.deepEqual(ROLES.filter(mayHoldSeveralCouncils), ['dfe_official']);
});

test('grants name only known permissions', () => {
  for (const role of ROLES) for (const p of permissionsOf(role)) assert.ok(PERMISSIONS.includes(p));
  assert.equal(isRole('officer'), true);
  assert.equal(isRole('public'), false);
});
